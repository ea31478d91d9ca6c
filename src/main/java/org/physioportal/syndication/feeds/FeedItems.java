package org.physioportal.syndication.feeds;

import java.util.List;
import java.util.Set;
import org.physioportal.articles.ArticleView;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.authors.AuthorView;
import org.physioportal.authors.AuthorsApi;
import org.physioportal.shared.Lang;
import org.physioportal.shared.PublishedQuery;
import org.physioportal.taxonomy.TaxonomyApi;
import org.springframework.stereotype.Component;

/** The feeds' adapter to the content modules: the newest published articles, as feed items. */
@Component
class FeedItems {

    /** Entries per feed. */
    static final int SIZE = 50;

    private final ArticlesApi articles;
    private final AuthorsApi authors;
    private final TaxonomyApi taxonomy;

    FeedItems(ArticlesApi articles, AuthorsApi authors, TaxonomyApi taxonomy) {
        this.articles = articles;
        this.authors = authors;
        this.taxonomy = taxonomy;
    }

    /** The newest published articles in the language, of any of the terms (all when empty). */
    List<AtomFeeds.Item> newest(Lang lang, Set<Long> termIds) {
        return articles.published(new PublishedQuery(lang, termIds, null, 1, SIZE)).items().stream()
                .map(this::item)
                .toList();
    }

    private AtomFeeds.Item item(ArticleView a) {
        return new AtomFeeds.Item(
                a.id(),
                a.title(),
                a.lead(),
                authors.find(a.authorId(), a.lang()).map(AuthorView::name).orElse(null),
                a.publishedAt(),
                a.updatedAt(),
                articles.translations(a.groupKey()),
                taxonomy.views(a.termIds(), a.lang()).stream()
                        .map(t -> new AtomFeeds.Term(t.key(), t.name()))
                        .toList());
    }
}
