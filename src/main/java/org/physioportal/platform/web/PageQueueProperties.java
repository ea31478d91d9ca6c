package org.physioportal.platform.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The page queue ({@link PageQueue}): {@code places} requests rendered at once (unset: as many as
 * the database pool has connections), and how long a request may wait for a place before it is
 * answered with the 503 page.
 */
@Validated
@ConfigurationProperties("portal.page-queue")
record PageQueueProperties(
        @Positive Integer places,
        @NotNull @DefaultValue("5s") Duration maxWait) {}
