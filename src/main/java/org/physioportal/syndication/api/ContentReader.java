package org.physioportal.syndication.api;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.physioportal.articles.ArticleView;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.authors.AuthorView;
import org.physioportal.authors.AuthorsApi;
import org.physioportal.exercises.ExerciseView;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.media.MediaView;
import org.physioportal.shared.Lang;
import org.physioportal.shared.PageResult;
import org.physioportal.shared.PublishedQuery;
import org.physioportal.syndication.api.ApiItems.ArticleItem;
import org.physioportal.syndication.api.ApiItems.AuthorRef;
import org.physioportal.syndication.api.ApiItems.Dosage;
import org.physioportal.syndication.api.ApiItems.ExerciseItem;
import org.physioportal.syndication.api.ApiItems.ItemPage;
import org.physioportal.syndication.api.ApiItems.TermItem;
import org.physioportal.syndication.api.ApiItems.VideoItem;
import org.physioportal.taxonomy.TermKind;
import org.physioportal.videos.VideoView;
import org.physioportal.videos.VideosApi;
import org.springframework.stereotype.Component;

/**
 * The one place that turns the content modules' published views into what the API sends: every
 * read goes through {@code published(...)} and {@code findPublished(...)} of the content APIs, so
 * a draft, an unpublished or a scheduled item cannot get here. Addresses are absolute.
 */
@Component
class ContentReader {

    private final ArticlesApi articles;
    private final ExercisesApi exercises;
    private final VideosApi videos;
    private final AuthorsApi authors;
    private final ApiVocabulary vocabulary;
    private final String base;

    ContentReader(
            ArticlesApi articles,
            ExercisesApi exercises,
            VideosApi videos,
            AuthorsApi authors,
            ApiVocabulary vocabulary) {
        this.articles = articles;
        this.exercises = exercises;
        this.videos = videos;
        this.authors = authors;
        this.vocabulary = vocabulary;
        this.base = vocabulary.base();
    }

    ItemPage<ExerciseItem> exercises(PublishedQuery query) {
        return page(exercises.published(query), this::exerciseItems);
    }

    Optional<ExerciseItem> exercise(Lang lang, String slug) {
        return exercises
                .findPublished(lang, slug)
                .map(e -> exerciseItems(List.of(e)).getFirst());
    }

    ItemPage<ArticleItem> articles(PublishedQuery query) {
        return page(
                articles.published(query),
                list -> list.stream().map(this::article).toList());
    }

    Optional<ArticleItem> article(Lang lang, String slug) {
        return articles.findPublished(lang, slug).map(this::article);
    }

    ItemPage<VideoItem> videos(PublishedQuery query) {
        return page(videos.published(query), this::videoItems);
    }

    Optional<VideoItem> video(Lang lang, String slug) {
        return videos.findPublished(lang, slug).map(v -> videoItems(List.of(v)).getFirst());
    }

    List<ExerciseItem> exerciseItems(List<ExerciseView> list) {
        var files = vocabulary.files(list, ExerciseView::lang, e -> Collections.singleton(e.imageId()));
        return list.stream()
                .map(e -> {
                    List<TermItem> terms = vocabulary.terms(e.termIds(), e.lang());
                    MediaView picture = ApiVocabulary.file(files, e.lang(), e.imageId());
                    return new ExerciseItem(
                            e.id(),
                            e.groupKey(),
                            e.lang().code(),
                            e.slug(),
                            base + e.url(),
                            e.name(),
                            e.goal(),
                            e.startingPosition(),
                            e.steps(),
                            e.breathing(),
                            e.mistakes(),
                            new Dosage(e.sets(), e.reps(), e.holdSeconds(), e.frequency()),
                            e.difficulty() == null
                                    ? null
                                    : e.difficulty().name().toLowerCase(),
                            e.contraindications(),
                            ApiVocabulary.ofKind(terms, TermKind.EQUIPMENT),
                            ApiVocabulary.ofKind(terms, TermKind.REGION),
                            terms,
                            picture == null ? List.of() : List.of(vocabulary.picture(picture)),
                            absolute(exercises.translations(e.groupKey())),
                            e.publishedAt(),
                            e.updatedAt());
                })
                .toList();
    }

    private ArticleItem article(ArticleView a) {
        return new ArticleItem(
                a.id(),
                a.groupKey(),
                a.lang().code(),
                a.slug(),
                base + a.url(),
                a.title(),
                a.lead(),
                a.body(),
                authorRef(a.authorId(), a.lang()),
                authorRef(a.reviewerId(), a.lang()),
                a.reviewedAt(),
                a.source(),
                a.references().stream()
                        .map(r -> new ApiItems.Reference(r.text(), r.url()))
                        .toList(),
                vocabulary.terms(a.termIds(), a.lang()),
                absolute(articles.translations(a.groupKey())),
                a.publishedAt(),
                a.updatedAt());
    }

    private List<VideoItem> videoItems(List<VideoView> list) {
        var byLang =
                vocabulary.files(list, VideoView::lang, v -> Arrays.asList(v.posterId(), v.fileId(), v.captionsId()));
        return list.stream().map(v -> video(v, byLang)).toList();
    }

    private VideoItem video(VideoView v, Map<Lang, Map<Long, MediaView>> files) {
        return new VideoItem(
                v.id(),
                v.groupKey(),
                v.lang().code(),
                v.slug(),
                base + v.url(),
                v.title(),
                v.description(),
                v.kind().name().toLowerCase(),
                v.durationSeconds(),
                vocabulary.url(ApiVocabulary.file(files, v.lang(), v.fileId())),
                vocabulary.url(ApiVocabulary.file(files, v.lang(), v.captionsId())),
                v.embedUrl(),
                vocabulary.picture(ApiVocabulary.file(files, v.lang(), v.posterId())),
                vocabulary.terms(v.termIds(), v.lang()),
                absolute(videos.translations(v.groupKey())),
                v.publishedAt(),
                v.updatedAt());
    }

    private AuthorRef authorRef(Long id, Lang lang) {
        return authors.find(id, lang)
                .map((AuthorView author) -> new AuthorRef(author.key(), author.name(), base + author.url()))
                .orElse(null);
    }

    private Map<String, String> absolute(Map<Lang, String> paths) {
        Map<String, String> result = new LinkedHashMap<>();
        paths.forEach((lang, path) -> result.put(lang.code(), base + path));
        return result;
    }

    private static <V, I> ItemPage<I> page(PageResult<V> result, Function<List<V>, List<I>> items) {
        return new ItemPage<>(
                items.apply(result.items()), result.page(), result.size(), result.total(), result.totalPages());
    }
}
