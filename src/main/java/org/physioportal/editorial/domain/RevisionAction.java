package org.physioportal.editorial.domain;

/** Why a revision was saved. */
public enum RevisionAction {
    /** The item as it was before its first change in the back office (no author). */
    IMPORTED,
    CREATED,
    TRANSLATED,
    EDITED,
    SUBMITTED,
    RETURNED,
    PUBLISHED,
    SCHEDULED,
    UNPUBLISHED,
    ARCHIVED,
    RESTORED,
    REVERTED
}
