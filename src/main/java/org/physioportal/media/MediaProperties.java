package org.physioportal.media;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Where uploaded and demo media files live ({@code portal.media.*}). */
@Validated
@ConfigurationProperties("portal.media")
public record MediaProperties(@NotNull Path dir) {}
