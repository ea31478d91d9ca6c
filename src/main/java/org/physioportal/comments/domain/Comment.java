package org.physioportal.comments.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Markdown;

/**
 * A reader's comment on an article, exercise or video. The Markdown source is kept for editing;
 * the sanitized HTML is rendered once, when the text is saved.
 */
@Entity
public class Comment {

    /** How long the author may still change what they wrote. */
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(15);

    /** The most HTML a comment may render to (the {@code body_html} column, counted in UTF-16 units as H2 does). */
    public static final int MAX_HTML = 60_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ContentType targetType;

    private long targetId;
    private Long parentId;
    private Long authorId;
    private String authorName;
    private String body;
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    private CommentStatus status;

    private Instant createdAt;
    private Instant editedAt;
    private String idempotencyKey;

    @Version
    private long version;

    protected Comment() {}

    public Comment(
            ContentRef target,
            Long parentId,
            Long authorId,
            String authorName,
            String body,
            CommentStatus status,
            Instant createdAt) {
        this.targetType = target.type();
        this.targetId = target.id();
        this.parentId = parentId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.status = status;
        this.createdAt = createdAt;
        setBody(body);
    }

    public Comment withIdempotencyKey(String key) {
        this.idempotencyKey = key;
        return this;
    }

    private void setBody(String body) {
        this.body = body;
        this.bodyHtml = Markdown.commentToSafeHtml(body);
    }

    public Long id() {
        return id;
    }

    public ContentRef target() {
        return new ContentRef(targetType, targetId);
    }

    public Long parentId() {
        return parentId;
    }

    public Long authorId() {
        return authorId;
    }

    public String authorName() {
        return authorName;
    }

    public String body() {
        return body;
    }

    /** Sanitized HTML of the body (rendered now for rows written before it was stored). */
    public String bodyHtml() {
        return bodyHtml != null ? bodyHtml : Markdown.commentToSafeHtml(body);
    }

    public CommentStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant editedAt() {
        return editedAt;
    }

    /** The body renders as nothing a reader would see (e.g. only a link definition, "[x]: https://..."). */
    boolean showsNothing() {
        return bodyHtml().replaceAll("<[^>]*>", "").isBlank();
    }

    public boolean isBy(long accountId) {
        return authorId != null && authorId == accountId;
    }

    public boolean editableAt(Instant now) {
        return status.visibleToAuthor() && now.isBefore(createdAt.plus(EDIT_WINDOW));
    }

    void edit(String newBody, Instant now) {
        setBody(newBody);
        editedAt = now;
    }

    void moveTo(CommentStatus newStatus) {
        status = newStatus;
    }

    /** The author deleted their account and kept the comment: it stays, signed "deleted user". */
    void orphan() {
        authorId = null;
        authorName = null;
    }

    /** The content is removed for good (account deletion with removal, or the author's own delete). */
    void erase() {
        orphan();
        body = "";
        bodyHtml = "";
        status = CommentStatus.DELETED;
    }

    void rename(String name) {
        authorName = name;
    }
}
