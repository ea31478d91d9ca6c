package org.physioportal.editorial.domain;

import org.physioportal.shared.Status;

/**
 * Where an item stands in the workflow: the status of its stored (for a published item: the
 * readers') version and, when a draft is kept above a published version, that draft's stage.
 */
public record Stage(Status live, Status draft) {

    /** The stage the review steps (submit, return, publish) start from. */
    public Status current() {
        return draft != null ? draft : live;
    }

    public boolean hasDraft() {
        return draft != null;
    }
}
