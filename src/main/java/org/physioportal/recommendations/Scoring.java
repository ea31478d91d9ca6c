package org.physioportal.recommendations;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.physioportal.search.SimilarContent.Candidate;
import org.physioportal.shared.ContentRef;
import org.physioportal.taxonomy.TermKind;

/**
 * Scores candidates for one block and picks a diverse few. A candidate's score adds up three parts:
 * the terms it shares with the page (body region 3, activity 2, topic 1, out of 6), how like the
 * page its text is (more-like-this, relative to the most similar candidate, weight 0.8) and a small
 * recency prior (0.1 for today, halving every year). Picking is greedy: after each pick, candidates
 * filed almost like it (terms 80 % the same) lose 40 % of their score, and suggested articles that
 * share an activity with an earlier pick lose 30 %, so a block does not show near-duplicates.
 */
final class Scoring {

    static final int BLOCK_SIZE = 3;
    static final double TEXT_WEIGHT = 0.8;
    static final double RECENCY_WEIGHT = 0.1;

    /** A picked item and, for editors, why it was picked. */
    record Pick(ContentRef ref, double score, String reasons) {}

    /** What the block may show: the rule the page's shape asks for. */
    enum Rule {
        /** Exercises and videos: must share a body region or a topic with the page. */
        SHARES_REGION_OR_TOPIC,
        /** Articles: must belong to activities other than the page's (and to some activity). */
        OTHER_ACTIVITY
    }

    private final Set<Long> pageTerms;
    private final Function<Long, TermKind> kindOf;
    private final Function<Long, String> nameOf;
    private final Instant now;

    Scoring(Set<Long> pageTerms, Function<Long, TermKind> kindOf, Function<Long, String> nameOf, Instant now) {
        this.pageTerms = pageTerms;
        this.kindOf = kindOf;
        this.nameOf = nameOf;
        this.now = now;
    }

    List<Pick> pick(List<Candidate> candidates, Set<ContentRef> excluded, Rule rule) {
        double maxText =
                candidates.stream().mapToDouble(Candidate::textScore).max().orElse(0);
        List<Scored> pool = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!excluded.contains(c.ref()) && eligible(c, rule)) {
                pool.add(score(c, maxText));
            }
        }
        List<Pick> picks = new ArrayList<>();
        while (picks.size() < BLOCK_SIZE && !pool.isEmpty()) {
            Scored best = pool.stream()
                    .max(java.util.Comparator.<Scored>comparingDouble(x -> x.score)
                            .thenComparing(x -> x.candidate.publishedAt()))
                    .orElseThrow();
            if (best.score <= 0) {
                break;
            }
            pool.remove(best);
            picks.add(new Pick(best.candidate.ref(), best.score, best.reasons));
            pool.replaceAll(other -> other.penalisedAfter(best, rule));
        }
        return picks;
    }

    private boolean eligible(Candidate c, Rule rule) {
        return switch (rule) {
            case SHARES_REGION_OR_TOPIC ->
                c.termIds().stream()
                        .filter(pageTerms::contains)
                        .map(kindOf)
                        .anyMatch(k -> k == TermKind.REGION || k == TermKind.TOPIC);
            case OTHER_ACTIVITY -> {
                Set<Long> theirs = ofKind(c.termIds(), TermKind.ACTIVITY);
                yield !theirs.isEmpty() && theirs.stream().noneMatch(pageTerms::contains);
            }
        };
    }

    private Scored score(Candidate c, double maxText) {
        List<Long> shared =
                c.termIds().stream().filter(pageTerms::contains).sorted().toList();
        double terms = Math.min(
                1, shared.stream().mapToInt(id -> weight(kindOf.apply(id))).sum() / 6.0);
        double text = maxText > 0 ? c.textScore() / maxText : 0;
        double ageYears = Math.max(0, Duration.between(c.publishedAt(), now).toDays() / 365.0);
        double recency = Math.pow(0.5, ageYears);
        double score = terms + TEXT_WEIGHT * text + RECENCY_WEIGHT * recency;
        String reasons = reasons(shared, text, recency);
        return new Scored(c, score, reasons);
    }

    private String reasons(List<Long> shared, double text, double recency) {
        Map<TermKind, String> byKind = shared.stream()
                .filter(id -> weight(kindOf.apply(id)) > 0)
                .collect(Collectors.groupingBy(
                        kindOf,
                        () -> new java.util.EnumMap<>(TermKind.class),
                        Collectors.mapping(nameOf, Collectors.joining(", "))));
        List<String> parts = new ArrayList<>();
        byKind.forEach((kind, names) -> parts.add(kind.name().toLowerCase(Locale.ROOT) + ": " + names));
        if (text > 0) {
            parts.add(String.format(Locale.ROOT, "text similarity %.2f", text));
        }
        parts.add(String.format(Locale.ROOT, "recency %.2f", recency));
        return String.join("; ", parts);
    }

    private Set<Long> ofKind(Set<Long> ids, TermKind kind) {
        Set<Long> result = new HashSet<>();
        ids.stream().filter(id -> kindOf.apply(id) == kind).forEach(result::add);
        return result;
    }

    static int weight(TermKind kind) {
        if (kind == null) {
            return 0;
        }
        return switch (kind) {
            case REGION -> 3;
            case ACTIVITY -> 2;
            case TOPIC -> 1;
            case EQUIPMENT -> 0;
        };
    }

    private final class Scored {
        final Candidate candidate;
        final double score;
        final String reasons;

        Scored(Candidate candidate, double score, String reasons) {
            this.candidate = candidate;
            this.score = score;
            this.reasons = reasons;
        }

        Scored penalisedAfter(Scored picked, Rule rule) {
            double factor = 1;
            if (jaccard(candidate.termIds(), picked.candidate.termIds()) >= 0.8) {
                factor *= 0.6;
            }
            if (rule == Rule.OTHER_ACTIVITY) {
                Set<Long> mine = ofKind(candidate.termIds(), TermKind.ACTIVITY);
                if (ofKind(picked.candidate.termIds(), TermKind.ACTIVITY).stream()
                        .anyMatch(mine::contains)) {
                    factor *= 0.7;
                }
            }
            return factor == 1 ? this : new Scored(candidate, score * factor, reasons);
        }
    }

    static double jaccard(Set<Long> a, Set<Long> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<Long> union = new HashSet<>(a);
        union.addAll(b);
        long common = a.stream().filter(b::contains).count();
        return common / (double) union.size();
    }
}
