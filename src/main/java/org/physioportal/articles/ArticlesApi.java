package org.physioportal.articles;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.physioportal.articles.domain.Article;
import org.physioportal.articles.domain.ArticleRepository;
import org.physioportal.comments.CommentCounts;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.media.MediaView;
import org.physioportal.shared.ContentListing;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.ContentStoreSupport;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.shared.PageParams;
import org.physioportal.shared.PageResult;
import org.physioportal.shared.PublishedCounts;
import org.physioportal.shared.PublishedQuery;
import org.physioportal.shared.Status;
import org.physioportal.shared.Teaser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Articles: saving them and reading the published ones. */
@Service
@Validated
@Transactional(readOnly = true)
public class ArticlesApi extends ContentStoreSupport<Article, NewArticle> {

    private final ArticleRepository articles;
    private final ExercisesApi exercises;
    private final CommentCounts counts;
    private final PublishedCounts published;

    ArticlesApi(
            ArticleRepository articles,
            ExercisesApi exercises,
            ApplicationEventPublisher events,
            CommentCounts counts,
            PublishedCounts published) {
        super(ContentType.ARTICLE, NewArticle.class, articles, Article::new, events);
        this.articles = articles;
        this.exercises = exercises;
        this.counts = counts;
        this.published = published;
    }

    @Override
    protected List<Article> findUsingMedia(long mediaId) {
        return articles.findByBodyContaining("{{picture " + mediaId + "}}");
    }

    /** At most {@code limit} live articles whose next review date is before {@code today}, most overdue first. */
    public List<ContentListing> dueForReview(java.time.LocalDate today, int limit) {
        return articles
                .findByNextReviewAtBeforeAndStatusNotOrderByNextReviewAtAscIdAsc(
                        today, Status.ARCHIVED, org.springframework.data.domain.Limit.of(limit))
                .stream()
                .map(ContentListing::of)
                .toList();
    }

    /** A page of published articles for readers outside the site (the public API, feeds); never a draft. */
    public PageResult<ArticleView> published(PublishedQuery query) {
        var page = articles.findPublished(query, Instant.now());
        return new PageResult<>(
                page.getContent().stream().map(ArticlesApi::view).toList(),
                query.page(),
                query.size(),
                page.getTotalElements());
    }

    public Optional<ArticleView> findPublished(Lang lang, String slug) {
        return articles.findVisible(lang, slug).map(ArticlesApi::view);
    }

    /** The article if it is published and due. */
    public Optional<ArticleView> findPublishedView(long id) {
        return articles.findById(id).filter(a -> a.isVisibleAt(Instant.now())).map(ArticlesApi::view);
    }

    public PageResult<Teaser> page(Lang lang, PageParams params) {
        return published.page(ContentType.ARTICLE, articles, lang, params, list -> toTeasers(list, lang));
    }

    public List<Teaser> teasers(List<Long> ids, Lang lang) {
        return toTeasers(articles.findVisibleInOrder(ids, lang), lang);
    }

    public List<Teaser> byAuthor(long authorId, Lang lang) {
        return toTeasers(articles.findVisibleByAuthor(lang, authorId, Instant.now()), lang);
    }

    public List<ArticleView> byTerms(Lang lang, Collection<Long> termIds) {
        if (termIds.isEmpty()) {
            return List.of();
        }
        return articles.findVisibleByTerms(lang, termIds, Instant.now()).stream()
                .map(ArticlesApi::view)
                .toList();
    }

    /** Every published article in the language (up to 10,000; the recommendation tests check each one). */
    public List<ArticleView> allPublished(Lang lang) {
        return articles.findVisible(lang, Instant.now(), PageRequest.of(0, 10_000)).stream()
                .map(ArticlesApi::view)
                .toList();
    }

    /** Teasers; an article's picture is the picture of its first tutorial exercise. */
    private List<Teaser> toTeasers(List<Article> list, Lang lang) {
        List<Long> firstTutorials = list.stream()
                .filter(a -> !a.tutorialIds().isEmpty())
                .map(a -> a.tutorialIds().getFirst())
                .distinct()
                .toList();
        Map<Long, MediaView> pictures = exercises.pictures(firstTutorials, lang);
        return counts.apply(list.stream()
                .map(a -> {
                    MediaView picture = a.tutorialIds().isEmpty()
                            ? null
                            : pictures.get(a.tutorialIds().getFirst());
                    return new Teaser(
                            new ContentRef(ContentType.ARTICLE, a.id()),
                            a.title(),
                            a.lead(),
                            ContentType.ARTICLE.url(lang, a.slug()),
                            picture == null ? null : picture.url(),
                            picture == null ? null : picture.alt(),
                            0);
                })
                .toList());
    }

    static ArticleView view(Article a) {
        return new ArticleView(
                a.id(),
                a.groupKey(),
                a.lang(),
                a.slug(),
                a.title(),
                a.lead(),
                a.body(),
                a.authorId(),
                a.reviewerId(),
                a.source(),
                a.references().stream()
                        .map(r -> new NewArticle.Reference(r.text(), r.url()))
                        .toList(),
                a.reviewedAt(),
                a.nextReviewAt(),
                List.copyOf(a.tutorialIds()),
                List.copyOf(a.relatedIds()),
                Set.copyOf(a.termIds()),
                a.publishedAt(),
                a.updatedAt());
    }
}
