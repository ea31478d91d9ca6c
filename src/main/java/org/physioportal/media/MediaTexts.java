package org.physioportal.media;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.physioportal.shared.Lang;

/** What describes a stored file: alternative text and caption per language, licence, author, source. */
public record MediaTexts(
        @NotBlank @Size(max = 200) String licence,
        @NotBlank @Size(max = 200) String credit,
        @Size(max = 500) String source,
        @NotEmpty Map<Lang, NewMedia.@Valid Text> texts) {}
