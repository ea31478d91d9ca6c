package org.physioportal.editorial.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Status;

/**
 * A change of a published item kept above its published version (Drupal's forward revision): the
 * content is the snapshot of revision {@code revisionNumber}; readers keep seeing the published
 * version until a second editor approves the draft. Its stage is DRAFT or IN_REVIEW.
 */
@Entity
@Table(name = "content_draft")
public class ForwardDraft {

    @EmbeddedId
    private Key key;

    private int revisionNumber;

    @Enumerated(EnumType.STRING)
    private Status stage;

    private Instant createdAt;

    protected ForwardDraft() {}

    ForwardDraft(ContentRef ref, int revisionNumber, Instant createdAt) {
        this.key = new Key(ref.type(), ref.id());
        this.revisionNumber = revisionNumber;
        this.stage = Status.DRAFT;
        this.createdAt = createdAt;
    }

    void moveTo(int revisionNumber) {
        this.revisionNumber = revisionNumber;
    }

    void stage(Status stage) {
        this.stage = stage;
    }

    public int revisionNumber() {
        return revisionNumber;
    }

    public Status stage() {
        return stage;
    }

    public ContentRef ref() {
        return new ContentRef(key.contentType(), key.contentId());
    }

    @Embeddable
    record Key(@Enumerated(EnumType.STRING) ContentType contentType, long contentId) {}
}
