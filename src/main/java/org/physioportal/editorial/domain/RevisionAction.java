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
    REVERTED,
    /** A draft kept above the published version was dropped; readers never saw it. */
    DISCARDED,
    /** An unpublication was set for a later time. */
    UNPUBLISH_SCHEDULED;

    /** The kinds that write new content. */
    public static final java.util.Set<RevisionAction> CONTENT_CHANGES =
            java.util.EnumSet.of(IMPORTED, CREATED, TRANSLATED, EDITED, REVERTED);
}
