package org.physioportal.comments;

import org.physioportal.shared.ContentRef;

/**
 * A comment as the form sends it. {@code idempotencyKey}: a value the form makes once, so a
 * repeated submission stores the comment only once. {@code honeypot}: a field people never see;
 * robots fill it in.
 */
public record NewComment(ContentRef target, Long parentId, String body, String idempotencyKey, String honeypot) {}
