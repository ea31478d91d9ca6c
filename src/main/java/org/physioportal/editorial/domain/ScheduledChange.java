package org.physioportal.editorial.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.ContentType;

/**
 * A workflow step set for a later time: a reviewed draft of a published item goes live, or a
 * published item is taken down. {@link ScheduledChanges} runs it once when due (also after the
 * portal was down at that time) and deletes it in the same transaction; a failure is counted and
 * kept for the overview, and the step is tried again.
 */
@Entity
@Table(name = "content_schedule")
public class ScheduledChange {

    /** What happens when the time comes. */
    public enum Action {
        PUBLISH_DRAFT,
        UNPUBLISH
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ContentType contentType;

    private long contentId;

    @Enumerated(EnumType.STRING)
    private Action action;

    private Instant dueAt;
    private Long byId;
    private String byName;
    private int attempts;
    private String lastError;
    private Instant createdAt;

    protected ScheduledChange() {}

    ScheduledChange(ContentRef ref, Action action, Instant dueAt, Editor by, Instant createdAt) {
        this.contentType = ref.type();
        this.contentId = ref.id();
        this.action = action;
        this.dueAt = dueAt;
        this.byId = by.id();
        this.byName = by.name();
        this.createdAt = createdAt;
    }

    void failed(String error) {
        attempts++;
        lastError = error == null ? "failed" : error.substring(0, Math.min(error.length(), 500));
    }

    public Long id() {
        return id;
    }

    public ContentRef ref() {
        return new ContentRef(contentType, contentId);
    }

    public Action action() {
        return action;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public int attempts() {
        return attempts;
    }

    public String lastError() {
        return lastError;
    }

    /** The editor who set the step: the revision it writes is theirs. */
    Editor by() {
        return new Editor(byId == null ? 0 : byId, byName, true, false);
    }
}
