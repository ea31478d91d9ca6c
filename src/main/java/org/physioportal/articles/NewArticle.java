package org.physioportal.articles;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.physioportal.shared.ContentRecord;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;

/** One language version of an article, as an editor saves it. */
public record NewArticle(
        @NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
        String groupKey,

        @NotNull Lang lang,

        @NotBlank @Size(max = 160) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
        String slug,

        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 2000) String lead,
        @NotBlank @Size(max = 200_000) String body,
        long authorId,
        Long reviewerId,
        @Size(max = 1000) String source,
        List<@Valid Reference> references,
        LocalDate reviewedAt,
        LocalDate nextReviewAt,
        List<Long> tutorialIds,
        List<Long> relatedIds,
        Set<Long> termIds,
        @NotNull Status status,
        Instant publishedAt)
        implements ContentRecord {

    @Override
    public String displayTitle() {
        return title;
    }

    /** A source the article cites: its text, and its web address if it has one. */
    public record Reference(
            @NotBlank(message = REFERENCES) @Size(max = 1000, message = REFERENCES)
            String text,

            @Size(max = 500, message = REFERENCES) @Pattern(regexp = "https?://\\S+", message = REFERENCES)
            String url) {}

    static final String REFERENCES = "{editorial.error.references}";

    @AssertTrue(message = "{editorial.error.review-order}")
    public boolean isNextReviewValid() {
        return reviewedAt == null || nextReviewAt == null || nextReviewAt.isAfter(reviewedAt);
    }
}
