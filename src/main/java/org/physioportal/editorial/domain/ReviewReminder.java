package org.physioportal.editorial.domain;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.physioportal.shared.ContentRef;

/** When the reviewer of an item past its next review date was last reminded. */
@Entity
@Table(name = "review_reminder")
class ReviewReminder {

    @EmbeddedId
    private ForwardDraft.Key key;

    private Instant mailedAt;

    protected ReviewReminder() {}

    ReviewReminder(ContentRef ref, Instant mailedAt) {
        this.key = new ForwardDraft.Key(ref.type(), ref.id());
        this.mailedAt = mailedAt;
    }

    Instant mailedAt() {
        return mailedAt;
    }

    void mailed(Instant at) {
        this.mailedAt = at;
    }
}
