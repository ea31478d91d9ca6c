package org.physioportal.taxonomy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import org.physioportal.shared.Lang;

/** A term to create, with its name in every language. */
public record NewTerm(
        @NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
        String key,

        @NotNull TermKind kind,
        String parentKey,
        @NotEmpty Map<Lang, @Valid Text> texts) {

    public record Text(
            @NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
            String slug,

            @NotBlank String name,
            String description) {}
}
