package org.physioportal.videos;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.physioportal.comments.CommentCounts;
import org.physioportal.exercises.ExerciseVideos;
import org.physioportal.media.MediaApi;
import org.physioportal.media.MediaView;
import org.physioportal.shared.ContentChanged;
import org.physioportal.shared.ContentDirectory;
import org.physioportal.shared.ContentListings;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.shared.NotFoundException;
import org.physioportal.shared.PageParams;
import org.physioportal.shared.PageResult;
import org.physioportal.shared.PublishedCounts;
import org.physioportal.shared.PublishedQuery;
import org.physioportal.shared.SlugTakenException;
import org.physioportal.shared.Teaser;
import org.physioportal.videos.domain.Video;
import org.physioportal.videos.domain.VideoRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Short exercise videos: saving them and reading the published ones. */
@Service
@Validated
@Transactional(readOnly = true)
public class VideosApi implements ExerciseVideos, ContentDirectory {

    private final VideoRepository videos;
    private final MediaApi media;
    private final ApplicationEventPublisher events;
    private final CommentCounts counts;
    private final PublishedCounts published;

    VideosApi(
            VideoRepository videos,
            MediaApi media,
            ApplicationEventPublisher events,
            CommentCounts counts,
            PublishedCounts published) {
        this.videos = videos;
        this.media = media;
        this.events = events;
        this.counts = counts;
        this.published = published;
    }

    @Transactional
    public long save(@Valid NewVideo draft) {
        Video video = videos.versionFor(
                draft.groupKey(), draft.lang(), draft.slug(), () -> new Video(draft.groupKey(), draft.lang()));
        video.apply(draft);
        long id = videos.save(video).id();
        events.publishEvent(new ContentChanged(new ContentRef(ContentType.VIDEO, id), draft.lang(), draft.status()));
        return id;
    }

    /**
     * Saves an edit of an existing video, refusing it when the video changed since the editor loaded
     * {@code expectedVersion} (optimistic locking) or when another video uses the slug.
     */
    @Transactional
    public long update(long id, int expectedVersion, @Valid NewVideo draft) {
        Video video = videos.findById(id).orElseThrow(() -> new NotFoundException("video " + id));
        if (video.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Video.class, id);
        }
        if (!video.groupKey().equals(draft.groupKey()) || video.lang() != draft.lang()) {
            throw new IllegalArgumentException("An edit cannot move a video to another group or language");
        }
        videos.findByLangAndSlug(draft.lang(), draft.slug())
                .filter(other -> !other.id().equals(id))
                .ifPresent(other -> {
                    throw new SlugTakenException(draft.slug(), draft.lang());
                });
        video.apply(draft);
        videos.saveAndFlush(video);
        events.publishEvent(new ContentChanged(new ContentRef(ContentType.VIDEO, id), draft.lang(), draft.status()));
        return id;
    }

    /** Any video, whatever its status, for the back office. */
    public Optional<VideoDraft> draft(long id) {
        return videos.findById(id).map(v -> new VideoDraft(v.id(), v.version(), v.status(), v.updatedAt(), content(v)));
    }

    public Optional<Long> idOf(String groupKey, Lang lang) {
        return videos.findByGroupKeyAndLang(groupKey, lang).map(Video::id);
    }

    /** The back office's bounded reads: list pages, counts by status, items without a translation. */
    public ContentListings<?> listings() {
        return new ContentListings<>(videos);
    }

    private static NewVideo content(Video v) {
        return new NewVideo(
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
                v.status(),
                v.publishedAt());
    }

    /**
     * Re-tags every video classified under {@code fromTermId} with {@code intoTermId} (a
     * taxonomy merge) and announces each change; returns how many changed.
     */
    @Transactional
    public int replaceTerm(long fromTermId, long intoTermId) {
        List<Video> changed = videos.replaceTerm(fromTermId, intoTermId);
        changed.forEach(item -> events.publishEvent(ContentChanged.of(item)));
        return changed.size();
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
    public ContentType type() {
        return ContentType.VIDEO;
    }

    @Override
    public Optional<ContentLink> findPublished(long id) {
        return videos.findPublishedLink(id);
    }

    @Override
    public long countPublishedGroups() {
        return videos.countVisibleGroups(Instant.now());
    }

    @Override
    public List<PublishedVersion> publishedGroups(int part, int size) {
        return videos.publishedGroups(ContentType.VIDEO, part, size);
    }

    public Optional<VideoView> findPublished(Lang lang, String slug) {
        return videos.findVisible(lang, slug).map(VideosApi::view);
    }

    /** Addresses of the published language versions of the translation group. */
    public Map<Lang, String> translations(String groupKey) {
        return videos.publishedTranslations(groupKey, ContentType.VIDEO);
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
        return toTeasers(videos.findVisibleByExercise(exerciseId, Instant.now()), lang);
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
