package org.physioportal.shared;

import java.time.Instant;

/** A content item in any status, as the back office edits it: what is stored and its version. */
public record StoredContent<C extends ContentRecord>(
        long id, int version, Status status, Instant updatedAt, C content) {

    /** When the item was (or is to be) published. */
    public Instant publishedAt() {
        return content.publishedAt();
    }
}
