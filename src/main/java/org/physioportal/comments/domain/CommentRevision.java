package org.physioportal.comments.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** What a comment said before its author edited it, for moderators. */
@Entity
class CommentRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long commentId;
    private String body;
    private Instant createdAt;

    protected CommentRevision() {}

    CommentRevision(long commentId, String body, Instant createdAt) {
        this.commentId = commentId;
        this.body = body;
        this.createdAt = createdAt;
    }
}
