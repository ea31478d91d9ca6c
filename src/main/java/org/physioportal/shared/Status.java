package org.physioportal.shared;

/** Editorial state of an article, exercise or video; only {@link #PUBLISHED} items reach readers. */
public enum Status {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    ARCHIVED
}
