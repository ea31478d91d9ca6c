package org.physioportal.exercises;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.physioportal.comments.CommentCounts;
import org.physioportal.exercises.domain.Exercise;
import org.physioportal.exercises.domain.ExerciseRepository;
import org.physioportal.media.MediaApi;
import org.physioportal.media.MediaView;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.ContentStoreSupport;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.shared.PageParams;
import org.physioportal.shared.PageResult;
import org.physioportal.shared.PublishedCounts;
import org.physioportal.shared.PublishedQuery;
import org.physioportal.shared.Teaser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The exercise library: saving exercises and reading the published ones. */
@Service
@Validated
@Transactional(readOnly = true)
public class ExercisesApi extends ContentStoreSupport<Exercise, NewExercise> {

    private final ExerciseRepository exercises;
    private final MediaApi media;
    private final CommentCounts counts;
    private final PublishedCounts published;

    ExercisesApi(
            ExerciseRepository exercises,
            MediaApi media,
            ApplicationEventPublisher events,
            CommentCounts counts,
            PublishedCounts published) {
        super(ContentType.EXERCISE, NewExercise.class, exercises, Exercise::new, events);
        this.exercises = exercises;
        this.media = media;
        this.counts = counts;
        this.published = published;
    }

    /** A page of published exercises for readers outside the site (the public API, feeds); never a draft. */
    public PageResult<ExerciseView> published(PublishedQuery query) {
        var page = exercises.findPublished(query, Instant.now());
        return new PageResult<>(
                page.getContent().stream().map(ExercisesApi::view).toList(),
                query.page(),
                query.size(),
                page.getTotalElements());
    }

    @Override
    protected List<Exercise> findUsingMedia(long mediaId) {
        return exercises.findByImageId(mediaId);
    }

    public Optional<ExerciseView> findPublished(Lang lang, String slug) {
        return exercises.findVisible(lang, slug).map(ExercisesApi::view);
    }

    public PageResult<Teaser> page(Lang lang, PageParams params) {
        return published.page(ContentType.EXERCISE, exercises, lang, params, list -> toTeasers(list, lang));
    }

    /** Teasers of the given published exercises, in the given order; unpublished ones are left out. */
    public List<Teaser> teasers(List<Long> ids, Lang lang) {
        return toTeasers(exercises.findVisibleInOrder(ids, lang), lang);
    }

    /** The pictures of the given published exercises, by exercise id; exercises without one are left out. */
    public Map<Long, MediaView> pictures(List<Long> ids, Lang lang) {
        List<Exercise> list = exercises.findVisibleInOrder(ids, lang);
        Map<Long, MediaView> images = imagesOf(list, lang);
        return list.stream()
                .filter(e -> images.containsKey(e.imageId()))
                .collect(Collectors.toMap(Exercise::id, e -> images.get(e.imageId()), (a, b) -> a));
    }

    /**
     * The published versions in {@code lang} of the given translation groups, by group key (for a
     * programme shown in the patient's language); unknown and unpublished groups are left out.
     */
    public Map<String, ExerciseView> publishedByGroup(Collection<String> groupKeys, Lang lang) {
        if (groupKeys.isEmpty()) {
            return Map.of();
        }
        return exercises.findVisibleByGroupKeys(lang, groupKeys, Instant.now()).stream()
                .collect(Collectors.toMap(Exercise::groupKey, ExercisesApi::view, (a, b) -> a));
    }

    /** The given published exercises in the given order (unpublished and unknown ids left out). */
    public List<ExerciseView> publishedInOrder(List<Long> ids, Lang lang) {
        return exercises.findVisibleInOrder(ids, lang).stream()
                .map(ExercisesApi::view)
                .toList();
    }

    /** Published exercises classified under any of the terms, newest first. */
    public List<ExerciseView> byTerms(Lang lang, Collection<Long> termIds) {
        if (termIds.isEmpty()) {
            return List.of();
        }
        return exercises.findVisibleByTerms(lang, termIds, Instant.now()).stream()
                .map(ExercisesApi::view)
                .toList();
    }

    /** Every published exercise in the language, for recommendation scoring. */
    public List<ExerciseView> allPublished(Lang lang) {
        return exercises.findVisible(lang, Instant.now(), PageRequest.of(0, 10_000)).stream()
                .map(ExercisesApi::view)
                .toList();
    }

    /**
     * Inline figures for an article body, by translation-group key (one look-up for all the rows of
     * figures a body has); unknown and unpublished keys are left out.
     */
    public Map<String, Figure> figures(Collection<String> groupKeys, Lang lang) {
        if (groupKeys.isEmpty()) {
            return Map.of();
        }
        List<Exercise> list = exercises.findVisibleByGroupKeys(lang, groupKeys, Instant.now());
        Map<Long, MediaView> images = imagesOf(list, lang);
        return list.stream()
                .collect(Collectors.toMap(
                        Exercise::groupKey,
                        e -> new Figure(
                                new ContentRef(ContentType.EXERCISE, e.id()),
                                e.name(),
                                ContentType.EXERCISE.url(lang, e.slug()),
                                images.get(e.imageId()),
                                e.name()),
                        (a, b) -> a));
    }

    private Map<Long, MediaView> imagesOf(Collection<Exercise> list, Lang lang) {
        return media.findAll(list.stream().map(Exercise::imageId).toList(), lang);
    }

    private List<Teaser> toTeasers(List<Exercise> list, Lang lang) {
        Map<Long, MediaView> images = imagesOf(list, lang);
        return counts.apply(list.stream()
                .map(e -> {
                    MediaView image = images.get(e.imageId());
                    return new Teaser(
                            new ContentRef(ContentType.EXERCISE, e.id()),
                            e.name(),
                            e.goal(),
                            ContentType.EXERCISE.url(lang, e.slug()),
                            image == null ? null : image.url(),
                            image == null ? null : image.alt(),
                            0);
                })
                .toList());
    }

    static ExerciseView view(Exercise e) {
        return new ExerciseView(e.id(), e.content(), e.updatedAt());
    }
}
