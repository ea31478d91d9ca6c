package org.physioportal.editorial.domain;

/** Why a revision was saved. */
public enum RevisionAction {
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
