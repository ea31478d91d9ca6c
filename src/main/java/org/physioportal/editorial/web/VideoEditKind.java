package org.physioportal.editorial.web;

import java.time.Instant;
import java.util.Optional;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;
import org.physioportal.videos.VideosApi;
import org.springframework.stereotype.Component;

/** Videos for the back office, saved through {@link VideosApi}. */
@Component
class VideoEditKind implements ContentKind<VideoForm> {

    private final VideosApi videos;

    VideoEditKind(VideosApi videos) {
        this.videos = videos;
    }

    @Override
    public ContentType type() {
        return ContentType.VIDEO;
    }

    @Override
    public Class<VideoForm> formClass() {
        return VideoForm.class;
    }

    @Override
    public Optional<Stored<VideoForm>> load(long id) {
        return videos.draft(id).map(d -> {
            VideoForm form = VideoForm.of(d.content());
            form.setVersion(d.version());
            return new Stored<>(d.id(), d.version(), d.status(), d.content().publishedAt(), form);
        });
    }

    @Override
    public Optional<Long> idOf(String groupKey, Lang lang) {
        return videos.idOf(groupKey, lang);
    }

    @Override
    public long create(VideoForm form) {
        return videos.save(form.toVideo(Status.DRAFT, null));
    }

    @Override
    public void update(long id, int version, VideoForm form, Status status, Instant publishedAt) {
        videos.update(id, version, form.toVideo(status, publishedAt));
    }
}
