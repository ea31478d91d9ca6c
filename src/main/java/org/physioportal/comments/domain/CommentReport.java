package org.physioportal.comments.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import java.io.Serializable;
import java.time.Instant;

/** A member's report that a comment breaks the rules; one per member and comment. */
@Entity
@IdClass(CommentReport.Key.class)
class CommentReport {

    @Id
    private long commentId;

    @Id
    private long reporterId;

    private String reason;
    private Instant createdAt;

    protected CommentReport() {}

    CommentReport(long commentId, long reporterId, String reason, Instant createdAt) {
        this.commentId = commentId;
        this.reporterId = reporterId;
        this.reason = reason;
        this.createdAt = createdAt;
    }

    long commentId() {
        return commentId;
    }

    String reason() {
        return reason;
    }

    record Key(long commentId, long reporterId) implements Serializable {}
}
