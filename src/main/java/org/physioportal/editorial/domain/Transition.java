package org.physioportal.editorial.domain;

import java.util.Set;
import org.physioportal.shared.Status;

/**
 * The steps of the editorial workflow: draft, in review, published (now or at a set time),
 * archived. A change of a published item is a draft above it that goes through submit, return and
 * publish (or is discarded) while readers keep the published version. Which person may take a step
 * is {@link Workflow}'s concern.
 */
public enum Transition {
    SUBMIT(Set.of(Status.DRAFT), Status.IN_REVIEW, RevisionAction.SUBMITTED),
    RETURN(Set.of(Status.IN_REVIEW), Status.DRAFT, RevisionAction.RETURNED),
    PUBLISH(Set.of(Status.IN_REVIEW), Status.PUBLISHED, RevisionAction.PUBLISHED),
    UNPUBLISH(Set.of(Status.PUBLISHED), Status.DRAFT, RevisionAction.UNPUBLISHED),
    ARCHIVE(Set.of(Status.DRAFT, Status.IN_REVIEW, Status.PUBLISHED), Status.ARCHIVED, RevisionAction.ARCHIVED),
    RESTORE(Set.of(Status.ARCHIVED), Status.DRAFT, RevisionAction.RESTORED),
    /** Drops a draft kept above the published version; readers never saw it. */
    DISCARD(Set.of(), null, RevisionAction.DISCARDED);

    private final Set<Status> from;
    private final Status to;
    private final RevisionAction action;

    Transition(Set<Status> from, Status to, RevisionAction action) {
        this.from = from;
        this.to = to;
        this.action = action;
    }

    public boolean startsFrom(Status status) {
        return from.contains(status);
    }

    public Status to() {
        return to;
    }

    public RevisionAction action() {
        return action;
    }
}
