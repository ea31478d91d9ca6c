package org.physioportal.comments;

import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code portal.comments.approved-before-trusted}: how many of a member's comments a moderator
 * approves before the member's comments appear without waiting.
 */
@Validated
@ConfigurationProperties("portal.comments")
public record CommentsProperties(@PositiveOrZero int approvedBeforeTrusted) {}
