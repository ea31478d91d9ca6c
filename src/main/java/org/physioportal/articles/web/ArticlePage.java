package org.physioportal.articles.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.physioportal.articles.ArticleBody;
import org.physioportal.articles.ArticleView;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.articles.CareCardView;
import org.physioportal.articles.CareCards;
import org.physioportal.authors.AuthorView;
import org.physioportal.authors.AuthorsApi;
import org.physioportal.comments.CommentThread;
import org.physioportal.comments.CommentsApi;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.shared.Lang;
import org.physioportal.shared.PageMeta;
import org.physioportal.shared.Recommender;
import org.physioportal.shared.Recommender.Picks;
import org.physioportal.shared.Recommender.Suggestions;
import org.physioportal.shared.Teaser;
import org.physioportal.taxonomy.TaxonomyApi;
import org.physioportal.taxonomy.TermView;
import org.physioportal.videos.VideosApi;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

/**
 * Everything an article page shows, read in one read-only transaction (one database connection per
 * page, however many blocks it has). The page's own exercises and the suggested ones are looked up
 * together, and so are its related and suggested articles, so that each kind of teaser costs one
 * query for the items, one for their pictures and one for their comment counts.
 */
@Component
class ArticlePage {

    private final ArticlesApi articles;
    private final ArticleBody body;
    private final ExercisesApi exercises;
    private final VideosApi videos;
    private final AuthorsApi authors;
    private final CommentsApi comments;
    private final TaxonomyApi taxonomy;
    private final Recommender recommender;
    private final ArticlePageMeta meta;
    private final CareCards careCards;

    ArticlePage(
            ArticlesApi articles,
            ArticleBody body,
            ExercisesApi exercises,
            VideosApi videos,
            AuthorsApi authors,
            CommentsApi comments,
            TaxonomyApi taxonomy,
            Recommender recommender,
            ArticlePageMeta meta,
            CareCards careCards) {
        this.articles = articles;
        this.body = body;
        this.exercises = exercises;
        this.videos = videos;
        this.authors = authors;
        this.comments = comments;
        this.taxonomy = taxonomy;
        this.recommender = recommender;
        this.meta = meta;
        this.careCards = careCards;
    }

    /** The page's model. */
    record Content(
            ArticleView article,
            String bodyHtml,
            List<Teaser> tutorials,
            List<Teaser> related,
            AuthorView author,
            AuthorView reviewer,
            List<TermView> terms,
            CommentThread thread,
            Suggestions suggestions,
            CareCardView careCard,
            PageMeta meta) {

        void addTo(Model model) {
            model.addAttribute("article", article);
            LocalDate published = day(article.publishedAt());
            LocalDate updated = day(article.updatedAt());
            model.addAttribute("publishedOn", published);
            model.addAttribute("updatedOn", updated != null && updated.isAfter(published) ? updated : null);
            Contents contents = Contents.of(bodyHtml);
            model.addAttribute("bodyHtml", contents.html());
            model.addAttribute("contents", contents.entries());
            model.addAttribute("tutorials", tutorials);
            model.addAttribute("related", related);
            model.addAttribute("author", author);
            model.addAttribute("reviewer", reviewer);
            model.addAttribute("terms", terms);
            model.addAttribute("thread", thread);
            model.addAttribute("suggestions", suggestions);
            model.addAttribute("careCard", careCard);
            model.addAttribute("meta", meta);
        }
    }

    /** The calendar day (UTC, like every stored time) of an instant. */
    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    /** The published article's page, or empty if no such article is published. */
    @Transactional(readOnly = true)
    public Optional<Content> find(Lang lang, String slug, Integer commentsPage) {
        return articles.findPublished(lang, slug).map(article -> content(article, commentsPage));
    }

    private Content content(ArticleView article, Integer commentsPage) {
        Lang lang = article.lang();
        ArticleBody.Rendered rendered = body.render(article.body(), lang);
        Picks picks = recommender.picksFor(article.ref(), article.shownWith(rendered.figures()));
        var exerciseTeasers =
                split(exercises.teasers(concat(article.tutorialIds(), picks.exercises()), lang), article.tutorialIds());
        var articleTeasers =
                split(articles.teasers(concat(article.relatedIds(), picks.articles()), lang), article.relatedIds());
        var suggestions = new Suggestions(
                exerciseTeasers.others(),
                videos.teasers(picks.videos(), lang),
                articleTeasers.others(),
                picks.reasons());
        AuthorView author = authors.find(article.authorId(), lang).orElseThrow();
        return new Content(
                article,
                rendered.html(),
                exerciseTeasers.listed(),
                articleTeasers.listed(),
                author,
                authors.find(article.reviewerId(), lang).orElse(null),
                taxonomy.views(article.termIds(), lang),
                comments.thread(article.ref(), commentsPage),
                suggestions,
                careCards.find(article.groupKey(), lang).orElse(null),
                meta.of(article, author, exerciseTeasers.listed()));
    }

    private static List<Long> concat(List<Long> first, List<Long> then) {
        return Stream.concat(first.stream(), then.stream()).distinct().toList();
    }

    /** Teasers of the page's own items (in their order) and of the suggested ones. */
    private record Split(List<Teaser> listed, List<Teaser> others) {}

    private static Split split(List<Teaser> teasers, List<Long> listedIds) {
        Set<Long> own = Set.copyOf(listedIds);
        return new Split(
                teasers.stream().filter(t -> own.contains(t.ref().id())).toList(),
                teasers.stream().filter(t -> !own.contains(t.ref().id())).toList());
    }
}
