package org.physioportal.exercises;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.physioportal.shared.ContentRecord;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;

/** One language version of an exercise, as an editor saves it. */
public record NewExercise(
        @NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
        String groupKey,

        @NotNull Lang lang,

        @NotBlank @Size(max = 160) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
        String slug,

        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 1000) String goal,
        @NotBlank @Size(max = 2000) String startingPosition,
        @NotEmpty List<@NotBlank @Size(max = 1000) String> steps,
        @Size(max = 1000) String breathing,
        List<@NotBlank @Size(max = 1000) String> mistakes,
        @Min(1) @Max(20) Integer sets,
        @Min(1) @Max(200) Integer reps,
        @Min(1) @Max(600) Integer holdSeconds,
        @Size(max = 300) String frequency,
        @Size(max = 300) String tempo,
        @Size(max = 2000) String contraindications,
        @NotNull Difficulty difficulty,
        Long imageId,
        @NotEmpty(message = "{editorial.error.terms}") Set<Long> termIds,
        @NotNull Status status,
        Instant publishedAt)
        implements ContentRecord {

    @Override
    public String displayTitle() {
        return name;
    }
}
