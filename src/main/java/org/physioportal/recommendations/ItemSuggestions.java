package org.physioportal.recommendations;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.recommendations.Scoring.Pick;
import org.physioportal.recommendations.Scoring.Rule;
import org.physioportal.search.SimilarContent;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Recommender.Item;
import org.physioportal.shared.Recommender.Suggestions;
import org.physioportal.taxonomy.TaxonomyApi;
import org.physioportal.taxonomy.TermView;
import org.physioportal.videos.VideosApi;
import org.springframework.stereotype.Service;

/**
 * "Might interest you" on an exercise's or a video's page: the same candidates and {@link Scoring}
 * as under an article, each block limited to items that share a body region or topic with the page
 * (an exercise page has no activity of its own to steer away from).
 */
@Service
class ItemSuggestions {

    private final SimilarContent similar;
    private final TaxonomyApi taxonomy;
    private final ExercisesApi exercises;
    private final VideosApi videos;
    private final ArticlesApi articles;
    private final Clock clock;

    ItemSuggestions(
            SimilarContent similar,
            TaxonomyApi taxonomy,
            ExercisesApi exercises,
            VideosApi videos,
            ArticlesApi articles,
            Clock clock) {
        this.similar = similar;
        this.taxonomy = taxonomy;
        this.exercises = exercises;
        this.videos = videos;
        this.articles = articles;
        this.clock = clock;
    }

    Suggestions of(Item item, Set<ContentRef> alreadyListed) {
        Set<ContentRef> excluded = new HashSet<>(alreadyListed);
        excluded.add(item.ref());
        Map<Long, String> names = new HashMap<>();
        taxonomy.views(item.termIds(), item.lang()).forEach(t -> names.put(t.id(), t.name()));
        Scoring scoring = new Scoring(
                item.termIds(),
                id -> taxonomy.kindOf(id).orElse(null),
                id -> names.getOrDefault(
                        id, taxonomy.find(id, item.lang()).map(TermView::name).orElse("?")),
                clock.instant());
        Map<ContentRef, String> reasons = new HashMap<>();
        List<Long> exerciseIds = picks(item, ContentType.EXERCISE, scoring, excluded, reasons);
        List<Long> videoIds = picks(item, ContentType.VIDEO, scoring, excluded, reasons);
        List<Long> articleIds = picks(item, ContentType.ARTICLE, scoring, excluded, reasons);
        return new Suggestions(
                exercises.teasers(exerciseIds, item.lang()),
                videos.teasers(videoIds, item.lang()),
                articles.teasers(articleIds, item.lang()),
                reasons);
    }

    private List<Long> picks(
            Item item, ContentType type, Scoring scoring, Set<ContentRef> excluded, Map<ContentRef, String> reasons) {
        var text = new SimilarContent.Text(item.title(), item.summary(), item.body());
        List<Pick> picks = scoring.pick(
                similar.candidates(type, item.lang(), text, item.termIds()), excluded, Rule.SHARES_REGION_OR_TOPIC);
        picks.forEach(p -> reasons.put(p.ref(), p.reasons()));
        return picks.stream().map(p -> p.ref().id()).toList();
    }
}
