package org.physioportal.authors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import org.physioportal.shared.Lang;

/** An author profile to create. */
public record NewAuthor(
        @NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
        String key,

        @NotNull AuthorKind kind,
        @NotBlank String name,
        @NotEmpty Map<Lang, @Valid Text> texts) {

    public record Text(@NotBlank String role, @NotBlank String bio) {}
}
