package org.physioportal.search;

import static org.physioportal.shared.SearchFields.*;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateOptionsStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;
import org.physioportal.taxonomy.TaxonomyApi;
import org.springframework.stereotype.Service;

/**
 * Full-text search over published articles, exercises and videos in one language, with facet
 * counts, highlighted snippets and title suggestions. Results come from the index alone (stored
 * fields), so searching reads no database rows.
 */
@Service
public class SearchApi {

    /** The indexed entities, by entity name (the search module does not see their classes). */
    static final List<String> ENTITIES = List.of("Article", "Exercise", "Video");

    private static final AggregationKey<Map<String, Long>> TYPES = AggregationKey.of("types");
    private static final AggregationKey<Map<Long, Long>> TERM_COUNTS = AggregationKey.of("terms");
    private static final AggregationKey<Map<String, Long>> DIFFICULTIES = AggregationKey.of("difficulties");
    private static final int SHORT_QUERY_WORDS = 3;
    /**
     * Below this many items with every word as typed, a short query also matches near misses of
     * its words that find fewer than this many items each.
     */
    static final int FEW_EXACT = 5;

    private static final int SNIPPET_CHARS = 220;
    /**
     * Results beyond this many are not served (a page past it shows none, with the same totals and
     * facets): OpenSearch refuses to page further ({@code index.max_result_window}), and no reader does.
     */
    static final int MAX_RESULTS = 10_000;

    /** Search latency (metrics: {@code portal_search_seconds}). */
    private static final Timer SEARCHES = Timer.builder("portal.search")
            .description("Searches answered, with their latency")
            .register(Metrics.globalRegistry);

    private final EntityManagerFactory emf;
    private final TaxonomyApi taxonomy;
    private final Clock clock;

    SearchApi(EntityManagerFactory emf, TaxonomyApi taxonomy, Clock clock) {
        this.emf = emf;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    public SearchResults search(SearchQuery query) {
        return SEARCHES.record(() -> inSession(session -> exactOrNearMisses(
                session, query, nearMissesOf -> search(session, query, nearMissesOf), SearchResults::total)));
    }

    /**
     * {@code run}'s answer for the words as typed, or, for a short query whose words as typed find
     * fewer than {@value #FEW_EXACT} items (for several words: items with all of them), with near
     * misses of the words that find fewer than that each: in "kneee pain" only "kneee" is taken
     * for a typo, so "pair" and "paid" do not match as near misses of "pain". One word: its exact
     * answer tells, and is kept when it finds enough.
     */
    private <R> R exactOrNearMisses(
            SearchSession session, SearchQuery query, Function<List<String>, R> run, ToLongFunction<R> total) {
        List<String> words = words(query.text());
        if (query.exact() || words.isEmpty() || words.size() > SHORT_QUERY_WORDS) {
            // only a short query is typo-tolerant; one of no words (none, or only "*:~") has none to miss
            return run.apply(List.of());
        }
        if (words.size() > 1) {
            return run.apply(
                    fewWithAll(session, query.lang(), words)
                            ? words.stream()
                                    .filter(w -> fewWithAll(session, query.lang(), List.of(w)))
                                    .toList()
                            : List.of());
        }
        R exact = run.apply(List.of());
        return total.applyAsLong(exact) < FEW_EXACT ? run.apply(words) : exact;
    }

    /** Words one typo away from {@code nearMissesOf}, words of the query, match too (scored lower). */
    private SearchResults search(SearchSession session, SearchQuery query, List<String> nearMissesOf) {
        Lang lang = query.lang();
        WordWeights weights = weights(session, query);
        var result = session.search(session.scope(Object.class, ENTITIES))
                .select(f -> f.composite()
                        .from(
                                f.field(TYPE, String.class),
                                f.field(SLUG, String.class),
                                f.field(PUBLISHED_AT, Instant.class),
                                f.field(title(lang), String.class),
                                f.highlight(summary(lang)).highlighter("summary"),
                                f.highlight(body(lang)).highlighter("body"))
                        .asList())
                .where(f -> filtered(f, query, nearMissesOf, weights))
                .sort(f -> query.hasText() ? f.score() : f.field(PUBLISHED_AT).desc())
                // the fast vector highlighter reads the term vectors stored with the text fields
                // (Highlightable.ANY in SearchFields); the plain one re-analysed each hit's whole
                // body and was half of an uncached search's CPU (bench/README.md)
                .highlighter(h -> h.fastVector()
                        .encoder(HighlighterEncoder.HTML)
                        .tag("<mark>", "</mark>")
                        .fragmentSize(SNIPPET_CHARS)
                        .numberOfFragments(1))
                .highlighter("summary", h -> h.fastVector().noMatchSize(SNIPPET_CHARS))
                .highlighter("body", h -> h.fastVector().noMatchSize(0))
                .aggregation(TYPES, f -> f.terms().field(TYPE, String.class))
                .aggregation(
                        TERM_COUNTS, f -> f.terms().field(TERMS, Long.class).maxTermCount(500))
                .aggregation(DIFFICULTIES, f -> f.terms().field(DIFFICULTY, String.class))
                .fetch(offset(query), beyondMaxResults(query) ? 0 : SearchQuery.PAGE_SIZE);
        List<SearchResults.Hit> hits =
                result.hits().stream().map(row -> hit(lang, row)).toList();
        return new SearchResults(
                hits,
                result.total().hitCount(),
                query.page(),
                result.aggregation(TYPES),
                result.aggregation(TERM_COUNTS),
                result.aggregation(DIFFICULTIES),
                nearMissesOf.isEmpty()
                        ? Optional.empty()
                        : Spelling.corrected(
                                query.text(),
                                nearMissesOf.stream()
                                        .filter(w -> noneWith(session, lang, w))
                                        .toList(),
                                hits));
    }

    /** Whether no item has the word as typed (stemmed, not one typo away). */
    private boolean noneWith(SearchSession session, Lang lang, String word) {
        return session.search(session.scope(Object.class, ENTITIES))
                        .where(f -> visible(f, lang).must(fields(f, lang, word)))
                        .fetchTotalHitCount()
                == 0;
    }

    /**
     * Whether fewer than {@value #FEW_EXACT} items contain every one of the words as typed
     * (stemmed, not one typo away). Counting stops at that many.
     */
    private boolean fewWithAll(SearchSession session, Lang lang, List<String> words) {
        return session.search(session.scope(Object.class, ENTITIES))
                        .where(f -> {
                            var b = visible(f, lang);
                            words.forEach(w -> b.must(fields(f, lang, w)));
                            return b;
                        })
                        .totalHitCountThreshold(FEW_EXACT)
                        .fetch(0)
                        .total()
                        .hitCountLowerBound()
                < FEW_EXACT;
    }

    private static boolean beyondMaxResults(SearchQuery query) {
        return (long) query.page() * SearchQuery.PAGE_SIZE > MAX_RESULTS;
    }

    /** The first result of the page (0 for a page past {@link #MAX_RESULTS}, which fetches none). */
    private static int offset(SearchQuery query) {
        return beyondMaxResults(query) ? 0 : (query.page() - 1) * SearchQuery.PAGE_SIZE;
    }

    /** How many results the same text and types would find in another language. */
    public long count(SearchQuery query) {
        return inSession(session ->
                exactOrNearMisses(session, query, nearMissesOf -> count(session, query, nearMissesOf), n -> n));
    }

    private long count(SearchSession session, SearchQuery query, List<String> nearMissesOf) {
        WordWeights weights = weights(session, query);
        return session.search(session.scope(Object.class, ENTITIES))
                .where(f -> filtered(f, query, nearMissesOf, weights))
                .fetchTotalHitCount();
    }

    /**
     * Up to {@code limit} titles whose words start with the words typed so far, topped up with the
     * best results of a full search for the words when fewer titles match: "bolest zad" (the search
     * box's own example) is in no title, but in the text of the back-pain articles.
     */
    public List<Suggestion> suggest(Lang lang, String typed, int limit) {
        List<Suggestion> titles = titleSuggestions(lang, typed, limit);
        if (titles.size() >= limit || words(typed).isEmpty()) {
            return titles;
        }
        Map<String, Suggestion> merged = new LinkedHashMap<>();
        titles.forEach(s -> merged.put(s.url(), s));
        for (SearchResults.Hit hit : search(new SearchQuery(lang, typed, Set.of(), Map.of(), Set.of(), 1))
                .hits()) {
            if (merged.size() >= limit) {
                break;
            }
            merged.putIfAbsent(hit.url(), new Suggestion(hit.type(), hit.title(), hit.url()));
        }
        return List.copyOf(merged.values());
    }

    private List<Suggestion> titleSuggestions(Lang lang, String typed, int limit) {
        // the index holds each title word's prefixes of 2 to 20 characters: a word still being typed
        // ("knee p") counts from its second letter, and a longer word by its first 20
        List<String> words = words(typed).stream()
                .filter(w -> w.length() >= 2)
                .map(w -> w.length() > 20 ? w.substring(0, 20) : w)
                .limit(6)
                .toList();
        if (words.isEmpty()) {
            return List.of();
        }
        return inSession(session -> session
                .search(session.scope(Object.class, ENTITIES))
                .select(f -> f.composite()
                        .from(
                                f.field(TYPE, String.class),
                                f.field(SLUG, String.class),
                                f.field(title(lang), String.class))
                        .asList())
                .where(f -> {
                    var b = visible(f, lang);
                    words.forEach(w -> b.must(f.match().field(SUGGEST).matching(w)));
                    return b;
                })
                .fetchHits(limit)
                .stream()
                .map(row -> {
                    ContentType type = ContentType.valueOf((String) row.get(0));
                    return new Suggestion(type, (String) row.get(2), type.url(lang, (String) row.get(1)));
                })
                .toList());
    }

    /** The weights of the query's words (none for a query without text). */
    private WordWeights weights(SearchSession session, SearchQuery query) {
        return query.hasText()
                ? WordWeights.of(session, query.lang(), clock.instant(), words(query.text()))
                : new WordWeights(Map.of());
    }

    private BooleanPredicateClausesStep<?, ?> filtered(
            SearchPredicateFactory f, SearchQuery query, List<String> nearMissesOf, WordWeights weights) {
        var b = visible(f, query.lang());
        if (!query.types().isEmpty()) {
            b.filter(f.terms()
                    .field(TYPE)
                    .matchingAny(query.types().stream().map(Enum::name).toList()));
        }
        if (!query.difficulties().isEmpty()) {
            b.filter(f.terms().field(DIFFICULTY).matchingAny(query.difficulties()));
        }
        query.terms().values().forEach(chosen -> b.filter(f.terms().field(TERMS).matchingAny(withNarrower(chosen))));
        if (query.hasText()) {
            b.must(text(f, query.lang(), query.text(), nearMissesOf, weights));
        }
        return b;
    }

    private BooleanPredicateClausesStep<?, ?> visible(SearchPredicateFactory f, Lang lang) {
        return visible(f, lang, clock.instant());
    }

    /** Published, due by {@code now}, in the language: what readers may find. */
    static BooleanPredicateClausesStep<?, ?> visible(SearchPredicateFactory f, Lang lang, Instant now) {
        return f.bool()
                .filter(f.match().field(STATUS).matching(Status.PUBLISHED.name()))
                .filter(f.range().field(PUBLISHED_AT).atMost(now))
                .filter(f.match().field(LANG).matching(lang.code()));
    }

    /**
     * A word found in the title or the lead (or goal) adds three or two times its weight across all
     * the items ({@link WordWeights}), whatever the field's own statistics say; the body is scored
     * by BM25 (how often the word occurs, in how long a text); with several words, the words close
     * together as a phrase add more. (Title and lead were scored by their own statistics before:
     * since few titles have "pain", "Knee pain in runners" came second for "neck pain" and "Bolest
     * kolene" for "bolest zad".)
     * Words one typo away (but not in their first letter) from those of {@code nearMissesOf} match
     * too, scored below exact matches. Only short queries whose words as typed find fewer than
     * {@value #FEW_EXACT} items are searched that way: a fuzzy word expands to up to 50 index terms,
     * each scored over every match and expanded again for every highlighted hit, which made a
     * two-word search 1.3-1.9 times as expensive on the 100k corpus (bench/README.md).
     */
    private PredicateFinalStep text(
            SearchPredicateFactory f, Lang lang, String text, List<String> nearMissesOf, WordWeights weights) {
        List<String> words = words(text);
        var any = f.bool().should(f.match().field(body(lang)).matching(text));
        weights.byWord()
                .forEach((word, weight) -> any.should(f.match()
                                .field(title(lang))
                                .matching(word)
                                .constantScore()
                                .boost(TITLE_WEIGHT * weight))
                        .should(f.match()
                                .field(summary(lang))
                                .matching(word)
                                .constantScore()
                                .boost(SUMMARY_WEIGHT * weight)));
        if (words.size() > 1) {
            any.should(f.phrase()
                    .field(title(lang))
                    .field(summary(lang))
                    .field(body(lang))
                    .matching(text)
                    .slop(2)
                    .boost(2f));
        }
        if (!nearMissesOf.isEmpty()) {
            any.should(
                    fields(f, lang, String.join(" ", nearMissesOf)).fuzzy(1, 1).boost(0.3f));
        }
        return any;
    }

    static final float TITLE_WEIGHT = 3f;
    static final float SUMMARY_WEIGHT = 2f;

    /** Title, lead or goal, and body, weighted 3, 2 and 1 by their own statistics (near misses). */
    private static MatchPredicateOptionsStep<?> fields(SearchPredicateFactory f, Lang lang, String text) {
        return f.match()
                .field(title(lang))
                .boost(TITLE_WEIGHT)
                .field(summary(lang))
                .boost(SUMMARY_WEIGHT)
                .field(body(lang))
                .matching(text);
    }

    private Set<Long> withNarrower(Set<Long> chosen) {
        Set<Long> all = new HashSet<>();
        chosen.forEach(id -> all.addAll(taxonomy.withDescendants(id)));
        return all;
    }

    private static SearchResults.Hit hit(Lang lang, List<?> row) {
        ContentType type = ContentType.valueOf((String) row.get(0));
        List<?> summary = (List<?>) row.get(4);
        List<?> body = (List<?>) row.get(5);
        boolean summaryMatched =
                !summary.isEmpty() && summary.getFirst().toString().contains("<mark>");
        Object snippet =
                !summaryMatched && !body.isEmpty() ? body.getFirst() : summary.isEmpty() ? "" : summary.getFirst();
        return new SearchResults.Hit(
                type, (String) row.get(3), type.url(lang, (String) row.get(1)), snippet.toString(), (Instant)
                        row.get(2));
    }

    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    private <T> T inSession(Function<SearchSession, T> work) {
        // No transaction and no entity loading: the query only reads the index.
        try (EntityManager em = emf.createEntityManager()) {
            return work.apply(Search.session(em));
        }
    }
}
