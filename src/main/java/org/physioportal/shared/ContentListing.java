package org.physioportal.shared;

import java.time.Instant;
import java.time.LocalDate;

/** One language version of a content item in any status, as the back office lists it. */
public record ContentListing(
        ContentRef ref,
        String groupKey,
        Lang lang,
        String slug,
        String title,
        Status status,
        Instant publishedAt,
        Instant updatedAt,
        LocalDate nextReviewAt) {

    public static ContentListing of(Publishable item) {
        return new ContentListing(
                new ContentRef(item.type(), item.id()),
                item.groupKey(),
                item.lang(),
                item.slug(),
                item.searchTitle(),
                item.status(),
                item.publishedAt(),
                item.updatedAt(),
                item.nextReviewAt());
    }

    /** Published with a publish-at time still to come. */
    public boolean scheduled(Instant now) {
        return status == Status.PUBLISHED && publishedAt != null && publishedAt.isAfter(now);
    }
}
