package org.physioportal.videos;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.physioportal.comments.CommentCounts;
import org.physioportal.exercises.ExerciseVideos;
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
import org.physioportal.videos.domain.Video;
import org.physioportal.videos.domain.VideoRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Short exercise videos: saving them and reading the published ones. */
@Service
@Validated
@Transactional(readOnly = true)
public class VideosApi extends ContentStoreSupport<Video, NewVideo> implements ExerciseVideos {

    private final VideoRepository videos;
    private final MediaApi media;
    private final CommentCounts counts;
    private final PublishedCounts published;

    VideosApi(
            VideoRepository videos,
            MediaApi media,
            ApplicationEventPublisher events,
            CommentCounts counts,
            PublishedCounts published) {
        super(ContentType.VIDEO, NewVideo.class, videos, Video::new, events);
        this.videos = videos;
        this.media = media;
        this.counts = counts;
        this.published = published;
    }

    /** A page of published videos for readers outside the site (the public API, feeds); never a draft. */
    public PageResult<VideoView> published(PublishedQuery query) {
        var page = videos.findPublished(query, Instant.now());
        return new PageResult<>(
                page.getContent().stream().map(VideosApi::view).toList(),
                query.page(),
                query.size(),
                page.getTotalElements());
    }

    @Override
    protected List<Video> findUsingMedia(long mediaId) {
        return videos.findUsingMedia(mediaId);
    }

    public Optional<VideoView> findPublished(Lang lang, String slug) {
        return videos.findVisible(lang, slug).map(VideosApi::view);
    }

    public PageResult<Teaser> page(Lang lang, PageParams params) {
        return published.page(ContentType.VIDEO, videos, lang, params, list -> toTeasers(list, lang));
    }

    public List<Teaser> teasers(List<Long> ids, Lang lang) {
        return toTeasers(videos.findVisibleInOrder(ids, lang), lang);
    }

    /** Every published video in the language, for recommendation scoring and topic pages. */
    public List<VideoView> allPublished(Lang lang) {
        return videos.findVisible(lang, Instant.now(), PageRequest.of(0, 10_000)).stream()
                .map(VideosApi::view)
                .toList();
    }

    @Override
    public List<Teaser> forExercise(long exerciseId, Lang lang) {
        return forExercises(List.of(exerciseId), lang).getOrDefault(exerciseId, List.of());
    }

    @Override
    public Map<Long, List<Teaser>> forExercises(java.util.Collection<Long> exerciseIds, Lang lang) {
        if (exerciseIds.isEmpty()) {
            return Map.of();
        }
        List<Video> list = videos.findVisibleByExercises(exerciseIds, Instant.now());
        List<Teaser> teasers = toTeasers(list, lang);
        Map<Long, List<Teaser>> byExercise = new java.util.HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            byExercise
                    .computeIfAbsent(list.get(i).exerciseId(), k -> new java.util.ArrayList<>())
                    .add(teasers.get(i));
        }
        return byExercise;
    }

    private List<Teaser> toTeasers(List<Video> list, Lang lang) {
        Map<Long, MediaView> posters =
                media.findAll(list.stream().map(Video::posterId).toList(), lang);
        return counts.apply(list.stream()
                .map(v -> {
                    MediaView poster = posters.get(v.posterId());
                    return new Teaser(
                            new ContentRef(ContentType.VIDEO, v.id()),
                            v.title(),
                            v.description(),
                            ContentType.VIDEO.url(lang, v.slug()),
                            poster == null ? null : poster.url(),
                            poster == null ? null : poster.alt(),
                            0);
                })
                .toList());
    }

    static VideoView view(Video v) {
        return new VideoView(
                v.id(),
                v.groupKey(),
                v.lang(),
                v.slug(),
                v.title(),
                v.description(),
                v.kind(),
                v.durationSeconds(),
                v.fileId(),
                v.posterId(),
                v.captionsId(),
                v.embedUrl(),
                v.exerciseId(),
                Set.copyOf(v.termIds()),
                v.publishedAt(),
                v.updatedAt());
    }
}
