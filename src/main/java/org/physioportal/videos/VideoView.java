package org.physioportal.videos;

import java.time.Instant;
import java.util.Set;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;

/** A published video in one language. */
public record VideoView(
        long id,
        String groupKey,
        Lang lang,
        String slug,
        String title,
        String description,
        VideoKind kind,
        int durationSeconds,
        Long fileId,
        Long posterId,
        Long captionsId,
        String embedUrl,
        Long exerciseId,
        Set<Long> termIds,
        Instant publishedAt,
        Instant updatedAt) {

    public ContentRef ref() {
        return new ContentRef(ContentType.VIDEO, id);
    }

    public String url() {
        return ContentType.VIDEO.url(lang, slug);
    }

    /** ISO 8601 duration for schema.org, e.g. PT1M35S. */
    public String isoDuration() {
        return java.time.Duration.ofSeconds(durationSeconds).toString();
    }

    public String clockDuration() {
        return "%d:%02d".formatted(durationSeconds / 60, durationSeconds % 60);
    }
}
