package org.physioportal.comments.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.physioportal.shared.ContentType;

@Entity
public class Comment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ContentType targetType;

    private long targetId;
    private Long parentId;
    private String authorName;
    private String body;

    @Enumerated(EnumType.STRING)
    private CommentStatus status;

    private Instant createdAt;

    protected Comment() {}

    public Comment(
            ContentType targetType,
            long targetId,
            Long parentId,
            String authorName,
            String body,
            CommentStatus status,
            Instant createdAt) {
        this.targetType = targetType;
        this.targetId = targetId;
        this.parentId = parentId;
        this.authorName = authorName;
        this.body = body;
        this.status = status;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public Long parentId() {
        return parentId;
    }

    public String authorName() {
        return authorName;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
