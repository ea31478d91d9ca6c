package org.physioportal.comments.domain;

public enum CommentStatus {
    PENDING,
    PUBLISHED,
    HIDDEN,
    DELETED
}
