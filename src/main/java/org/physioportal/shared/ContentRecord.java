package org.physioportal.shared;

import java.time.Instant;
import java.util.Set;

/**
 * One language version of a content item as an editor saves it (an article, an exercise, a video):
 * the module's own record, also the snapshot kept with each revision. Its status and publication
 * time are the workflow's; the editorial core sets them, a revision's are never brought back.
 */
public interface ContentRecord {

    String groupKey();

    Lang lang();

    String slug();

    Status status();

    Instant publishedAt();

    Set<Long> termIds();

    /** The title or name, for lists and the history. */
    String displayTitle();
}
