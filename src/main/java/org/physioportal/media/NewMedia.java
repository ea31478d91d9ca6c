package org.physioportal.media;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.physioportal.shared.Lang;

/** A file to store, with its alternative text (required) and caption in each language. */
public record NewMedia(
        @NotBlank String originalName,
        @NotNull byte[] bytes,
        Integer width,
        Integer height,
        @NotBlank String licence,
        @NotBlank String credit,
        String source,
        @NotEmpty Map<Lang, Text> texts) {

    public record Text(@NotBlank String alt, String caption) {}
}
