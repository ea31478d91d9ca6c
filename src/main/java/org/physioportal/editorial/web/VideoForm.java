package org.physioportal.editorial.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.physioportal.shared.Status;
import org.physioportal.videos.NewVideo;
import org.physioportal.videos.VideoKind;

/** The video form, also the snapshot of each revision. */
public class VideoForm extends ContentForm {

    @NotBlank(message = "{editorial.error.required}")
    @Size(max = 200, message = "{editorial.error.too-long}")
    private String title;

    @NotBlank(message = "{editorial.error.required}")
    @Size(max = 4000, message = "{editorial.error.too-long}")
    private String description;

    @NotNull(message = "{editorial.error.required}")
    private VideoKind kind = VideoKind.FILE;

    @NotNull(message = "{editorial.error.required}")
    @Min(value = 1, message = "{editorial.error.range}")
    @Max(value = 36_000, message = "{editorial.error.range}")
    private Integer durationSeconds;

    private Long fileId;
    private Long posterId;
    private Long captionsId;

    @Size(max = 500, message = "{editorial.error.too-long}")
    private String embedUrl;

    private Long exerciseId;

    static VideoForm of(NewVideo v) {
        var form = new VideoForm();
        form.groupKey = v.groupKey();
        form.language = v.lang();
        form.slug = v.slug();
        form.title = v.title();
        form.description = v.description();
        form.kind = v.kind();
        form.durationSeconds = v.durationSeconds();
        form.fileId = v.fileId();
        form.posterId = v.posterId();
        form.captionsId = v.captionsId();
        form.embedUrl = v.embedUrl();
        form.exerciseId = v.exerciseId();
        form.termIds = new LinkedHashSet<>(v.termIds());
        return form;
    }

    @Override
    NewVideo toContent(Status status, Instant publishedAt) {
        boolean file = kind == VideoKind.FILE;
        return new NewVideo(
                groupKey,
                language,
                slug,
                title.strip(),
                description.strip(),
                kind,
                durationSeconds,
                file ? fileId : null,
                posterId,
                captionsId,
                file || embedUrl == null || embedUrl.isBlank() ? null : embedUrl.strip(),
                exerciseId,
                Set.copyOf(termIds),
                status,
                publishedAt);
    }

    /** The same rule as the videos module's: our file, or a privacy-enhanced player. */
    @AssertTrue(message = "{editorial.error.video-source}")
    public boolean isSourceValid() {
        if (kind == null || durationSeconds == null || title == null || description == null) {
            return true;
        }
        return toContent(Status.DRAFT, null).isSourceValid();
    }

    // --- bean accessors for binding, templates and JSON

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public VideoKind getKind() {
        return kind;
    }

    public void setKind(VideoKind kind) {
        this.kind = kind;
    }

    public Integer getDurationSeconds() {
        return durationSeconds;
    }

    public void setDurationSeconds(Integer durationSeconds) {
        this.durationSeconds = durationSeconds;
    }

    public Long getFileId() {
        return fileId;
    }

    public void setFileId(Long fileId) {
        this.fileId = fileId;
    }

    public Long getPosterId() {
        return posterId;
    }

    public void setPosterId(Long posterId) {
        this.posterId = posterId;
    }

    public Long getCaptionsId() {
        return captionsId;
    }

    public void setCaptionsId(Long captionsId) {
        this.captionsId = captionsId;
    }

    public String getEmbedUrl() {
        return embedUrl;
    }

    public void setEmbedUrl(String embedUrl) {
        this.embedUrl = embedUrl;
    }

    public Long getExerciseId() {
        return exerciseId;
    }

    public void setExerciseId(Long exerciseId) {
        this.exerciseId = exerciseId;
    }
}
