package org.physioportal.platform.limits;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Named rate limits: {@code portal.limits.<name>.capacity} requests per {@code period}. */
@Validated
@ConfigurationProperties("portal")
public record LimitsProperties(@NotNull Map<String, @Valid Limit> limits) {

    public record Limit(@Positive long capacity, @NotNull Duration period) {}
}
