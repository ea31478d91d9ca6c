package org.physioportal.shared;

import java.time.Instant;
import java.util.Set;

/**
 * Which published items a reader outside the site asks for (the public API, feeds): optionally one
 * language, items classified under any of {@code termIds} (empty: any), and items changed or gone
 * live at or after {@code changedSince} (null: any); one page of {@code size}, pages from 1, newest
 * first. The caller validates the values.
 */
public record PublishedQuery(Lang lang, Set<Long> termIds, Instant changedSince, int page, int size) {

    public PublishedQuery {
        termIds = Set.copyOf(termIds);
        if (page < 1 || size < 1) {
            throw new IllegalArgumentException("page and size start at 1");
        }
    }
}
