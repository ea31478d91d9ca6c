package org.physioportal.editorial.web;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.physioportal.shared.ContentListing;
import org.physioportal.shared.ContentListings;
import org.physioportal.shared.Status;

/**
 * What the back office's first page shows of one content type: how many items are in each status,
 * the person's own drafts, items whose next review date has passed, and items with one language only.
 * Every list is read with a limit, so the page costs the same with a hundred items or a hundred thousand.
 */
record Dashboard(
        Map<Status, Long> counts,
        List<ContentListing> myDrafts,
        List<ContentListing> dueForReview,
        List<ContentListing> missingTranslations) {

    /** The most items one list of the dashboard shows. */
    static final int LIMIT = 50;

    static Dashboard of(ContentListings<?> listings, Collection<Long> touchedByMe, List<ContentListing> due) {
        List<ContentListing> mine = listings.of(touchedByMe).stream()
                .filter(i -> i.status() == Status.DRAFT)
                .sorted(Comparator.comparing(ContentListing::updatedAt).reversed())
                .limit(LIMIT)
                .toList();
        return new Dashboard(listings.countsByStatus(), mine, due, listings.withoutTranslation(LIMIT));
    }
}
