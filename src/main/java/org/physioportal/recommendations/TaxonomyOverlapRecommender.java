package org.physioportal.recommendations;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.physioportal.articles.ArticleView;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Recommender;
import org.physioportal.taxonomy.TaxonomyApi;
import org.physioportal.taxonomy.TermKind;
import org.physioportal.videos.VideosApi;
import org.springframework.stereotype.Service;

/**
 * The first "might interest you": candidates in the page's language scored by the terms they share
 * with the page (body region 3, activity 2, topic 1), newest first on ties. Exercises and videos must
 * share a body region or a topic; suggested articles come from other activities, as on the clinic's
 * original page. The search module replaces this with text similarity and stored results.
 */
@Service
class TaxonomyOverlapRecommender implements Recommender {

    static final int BLOCK_SIZE = 3;

    private final TaxonomyApi taxonomy;
    private final ArticlesApi articles;
    private final ExercisesApi exercises;
    private final VideosApi videos;

    TaxonomyOverlapRecommender(TaxonomyApi taxonomy, ArticlesApi articles, ExercisesApi exercises, VideosApi videos) {
        this.taxonomy = taxonomy;
        this.articles = articles;
        this.exercises = exercises;
        this.videos = videos;
    }

    @Override
    public Suggestions forArticle(ContentRef article, Lang lang, Set<Long> termIds, Set<ContentRef> alreadyListed) {
        Set<Long> anchors = relevantTerms(termIds);
        List<Long> exerciseIds = best(exercises.allPublished(lang).stream()
                .filter(e -> !alreadyListed.contains(e.ref()))
                .map(e -> new Candidate(
                        e.id(), score(termIds, e.termIds()), shares(anchors, e.termIds()), e.publishedAt())));
        List<Long> videoIds = best(videos.allPublished(lang).stream()
                .filter(v -> !alreadyListed.contains(v.ref()))
                .map(v -> new Candidate(
                        v.id(), score(termIds, v.termIds()), shares(anchors, v.termIds()), v.publishedAt())));
        Set<Long> ownActivities = ofKind(termIds, TermKind.ACTIVITY);
        List<Long> articleIds = best(articles.allPublished(lang).stream()
                .filter(a -> a.id() != article.id() && !alreadyListed.contains(a.ref()))
                .filter(a -> isOtherActivity(ownActivities, a))
                // every article of another activity qualifies; shared regions and topics order them
                .map(a -> new Candidate(a.id(), 1 + score(termIds, a.termIds()), true, a.publishedAt())));
        return new Suggestions(
                exercises.teasers(exerciseIds, lang),
                videos.teasers(videoIds, lang),
                articles.teasers(articleIds, lang));
    }

    private boolean isOtherActivity(Set<Long> ownActivities, ArticleView candidate) {
        Set<Long> theirs = ofKind(candidate.termIds(), TermKind.ACTIVITY);
        return !theirs.isEmpty() && theirs.stream().noneMatch(ownActivities::contains);
    }

    /** Body regions and topics: what an exercise or video must share with the page. */
    private Set<Long> relevantTerms(Set<Long> termIds) {
        return termIds.stream()
                .filter(id -> taxonomy.kindOf(id)
                        .map(k -> k == TermKind.REGION || k == TermKind.TOPIC)
                        .orElse(false))
                .collect(Collectors.toSet());
    }

    private Set<Long> ofKind(Set<Long> termIds, TermKind kind) {
        return termIds.stream()
                .filter(id -> taxonomy.kindOf(id).filter(kind::equals).isPresent())
                .collect(Collectors.toSet());
    }

    private static boolean shares(Set<Long> anchors, Set<Long> termIds) {
        return termIds.stream().anyMatch(anchors::contains);
    }

    int score(Set<Long> pageTerms, Set<Long> candidateTerms) {
        return candidateTerms.stream()
                .filter(pageTerms::contains)
                .mapToInt(id -> switch (taxonomy.kindOf(id).orElse(TermKind.EQUIPMENT)) {
                    case REGION -> 3;
                    case ACTIVITY -> 2;
                    case TOPIC -> 1;
                    case EQUIPMENT -> 0;
                })
                .sum();
    }

    private static List<Long> best(java.util.stream.Stream<Candidate> candidates) {
        return candidates
                .filter(c -> c.eligible() && c.score() > 0)
                .sorted(Comparator.comparingInt(Candidate::score)
                        .reversed()
                        .thenComparing(Candidate::publishedAt, Comparator.reverseOrder()))
                .limit(BLOCK_SIZE)
                .map(Candidate::id)
                .toList();
    }

    private record Candidate(long id, int score, boolean eligible, Instant publishedAt) {}
}
