package org.physioportal.platform;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** The public address of the site, for canonical links, hreflang, Open Graph and the sitemap. */
@Validated
@ConfigurationProperties("portal.site")
public record SiteProperties(
        @NotBlank @Pattern(regexp = "https?://[^/]+") String baseUrl,
        @NotBlank String name) {}
