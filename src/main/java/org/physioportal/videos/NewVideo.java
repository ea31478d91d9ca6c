package org.physioportal.videos;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import org.physioportal.shared.ContentRecord;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;

/** One language version of a video, as an editor saves it. */
public record NewVideo(
        @NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
        String groupKey,

        @NotNull Lang lang,

        @NotBlank @Size(max = 160) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
        String slug,

        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 4000) String description,
        @NotNull VideoKind kind,
        @Min(1) @Max(36_000) int durationSeconds,
        Long fileId,
        Long posterId,
        Long captionsId,
        @Size(max = 500) String embedUrl,
        Long exerciseId,
        Set<Long> termIds,
        @NotNull Status status,
        Instant publishedAt)
        implements ContentRecord {

    /** A video has one source: our file, or an embedded player; the other one's field is dropped. */
    public NewVideo {
        if (kind == VideoKind.FILE) {
            embedUrl = null;
        } else if (kind != null) {
            fileId = null;
        }
    }

    @Override
    public String displayTitle() {
        return title;
    }

    /** Only privacy-enhanced players are accepted: they set no tracking cookies before playback. */
    private static final java.util.regex.Pattern PRIVATE_EMBED =
            java.util.regex.Pattern.compile("https://(www\\.youtube-nocookie\\.com/embed/[A-Za-z0-9_-]{6,20}"
                    + "|player\\.vimeo\\.com/video/[0-9]{4,12}\\?dnt=1)");

    @AssertTrue(message = "{editorial.error.video-source}")
    public boolean isSourceValid() {
        return kind == VideoKind.FILE
                ? fileId != null && embedUrl == null
                : embedUrl != null && PRIVATE_EMBED.matcher(embedUrl).matches();
    }
}
