package org.physioportal.editorial.domain;

import org.physioportal.shared.ContentRecord;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.StoredContent;

/**
 * An item as the back office sees it: the stored version (what readers see once published), the
 * draft kept above it if any, its stage, its last revision and who last changed its content.
 */
public record EditState<C extends ContentRecord>(
        ContentRef ref, StoredContent<C> stored, C draft, Stage stage, Revision latest, Long lastContentAuthorId) {

    /** What the editor works on: the draft above the published version, or the item itself. */
    public C content() {
        return draft != null ? draft : stored.content();
    }

    public long id() {
        return stored.id();
    }

    public int version() {
        return stored.version();
    }
}
