package org.physioportal.comments.domain;

/** Only PUBLISHED comments are ever shown to readers, counted or searched. */
public enum CommentStatus {
    PENDING,
    PUBLISHED,
    HIDDEN,
    DELETED;

    /** The author still sees and may change it. */
    public boolean visibleToAuthor() {
        return this == PENDING || this == PUBLISHED;
    }
}
