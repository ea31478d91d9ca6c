package org.physioportal.recommendations;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.physioportal.articles.ArticleBody;
import org.physioportal.articles.ArticleView;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.recommendations.RecommendationStore.Row;
import org.physioportal.recommendations.Scoring.Pick;
import org.physioportal.recommendations.Scoring.Rule;
import org.physioportal.search.SimilarContent;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Markdown;
import org.physioportal.shared.Recommender;
import org.physioportal.shared.Recommender.Item;
import org.physioportal.shared.Recommender.Suggestions;
import org.physioportal.taxonomy.TaxonomyApi;
import org.physioportal.taxonomy.TermView;
import org.springframework.stereotype.Service;

/**
 * "Might interest you": computes an article's picks from the search index (terms and text
 * similarity, see {@link Scoring}) and stores them; a page reads the stored picks. Content changes
 * mark the affected articles stale ({@link RecommendationUpdater}) and they are computed again in
 * the background. A page never writes: picks it had to compute on the spot (never stored before)
 * are queued, and the background stores them.
 */
@Service
class Recommendations implements Recommender {

    private final RecommendationStore store;
    private final SimilarContent similar;
    private final ArticlesApi articles;
    private final ArticleBody body;
    private final TaxonomyApi taxonomy;
    private final Clock clock;
    private final ItemSuggestions items;
    private final UnstoredQueue unstored = new UnstoredQueue();

    Recommendations(
            RecommendationStore store,
            SimilarContent similar,
            ArticlesApi articles,
            ArticleBody body,
            TaxonomyApi taxonomy,
            Clock clock,
            ItemSuggestions items) {
        this.store = store;
        this.similar = similar;
        this.articles = articles;
        this.body = body;
        this.taxonomy = taxonomy;
        this.clock = clock;
        this.items = items;
    }

    @Override
    public Suggestions suggestionsFor(Item item, Set<ContentRef> alreadyListed) {
        return items.of(item, alreadyListed);
    }

    @Override
    public Picks picksFor(ContentRef article, Set<ContentRef> alreadyListed) {
        List<Row> rows = store.read(article.id()).orElseGet(() -> {
            unstored.offer(article.id());
            return compute(article.id()).orElse(List.of());
        });
        Map<Block, List<Long>> ids = new EnumMap<>(Block.class);
        Map<ContentRef, String> reasons = new HashMap<>();
        for (Row row : rows) {
            if (!alreadyListed.contains(row.target())) {
                ids.computeIfAbsent(row.block(), b -> new ArrayList<>())
                        .add(row.target().id());
                reasons.put(row.target(), row.reasons());
            }
        }
        return new Picks(
                ids.getOrDefault(Block.EXERCISES, List.of()),
                ids.getOrDefault(Block.VIDEOS, List.of()),
                ids.getOrDefault(Block.ARTICLES, List.of()),
                reasons);
    }

    /** Articles shown with picks computed on the spot, oldest first, for the background to store. */
    List<Long> takeUnstored(int max) {
        return unstored.take(max);
    }

    /** Computes and stores the article's picks; an article no longer published loses them. */
    void recompute(long articleId) {
        compute(articleId)
                .ifPresentOrElse(
                        rows -> store.replace(articleId, rows, clock.instant()), () -> store.forget(articleId));
    }

    /** The picks of a published article, computed from the index; empty if it is not published. */
    private Optional<List<Row>> compute(long articleId) {
        ArticleView article = articles.findPublishedView(articleId).orElse(null);
        if (article == null) {
            return Optional.empty();
        }
        Lang lang = article.lang();
        Set<ContentRef> excluded =
                article.shownWith(body.render(article.body(), lang).figures());
        excluded.add(article.ref());
        Map<Long, String> names = new HashMap<>();
        taxonomy.views(article.termIds(), lang).forEach(t -> names.put(t.id(), t.name()));
        Scoring scoring = new Scoring(
                article.termIds(),
                id -> taxonomy.kindOf(id).orElse(null),
                id -> names.getOrDefault(
                        id, taxonomy.find(id, lang).map(TermView::name).orElse("?")),
                clock.instant());
        var text = new SimilarContent.Text(article.title(), article.lead(), Markdown.toPlainText(article.body()));
        List<Row> rows = new ArrayList<>();
        add(
                rows,
                Block.EXERCISES,
                scoring,
                ContentType.EXERCISE,
                lang,
                text,
                article,
                excluded,
                Rule.SHARES_REGION_OR_TOPIC);
        add(rows, Block.VIDEOS, scoring, ContentType.VIDEO, lang, text, article, excluded, Rule.SHARES_REGION_OR_TOPIC);
        add(rows, Block.ARTICLES, scoring, ContentType.ARTICLE, lang, text, article, excluded, Rule.OTHER_ACTIVITY);
        return Optional.of(rows);
    }

    private void add(
            List<Row> rows,
            Block block,
            Scoring scoring,
            ContentType type,
            Lang lang,
            SimilarContent.Text text,
            ArticleView article,
            Set<ContentRef> excluded,
            Rule rule) {
        // candidates share a term with the page or are like it in text; the rule then decides
        List<Pick> picks = scoring.pick(similar.candidates(type, lang, text, article.termIds()), excluded, rule);
        for (int i = 0; i < picks.size(); i++) {
            Pick p = picks.get(i);
            rows.add(new Row(block, i, p.ref(), p.score(), p.reasons()));
        }
    }
}
