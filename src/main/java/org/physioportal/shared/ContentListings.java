package org.physioportal.shared;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The back office's reads of one content type, bounded however much content there is: a page of the
 * list, counts by status, given items, items that just went live, and items still without a
 * translation. Each content module passes its repository.
 */
public record ContentListings<T extends Publishable>(PublishableRepository<T> repository) {

    private static final Sort LAST_CHANGED_FIRST = Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"));

    /** Page {@code page} (from 1) of the items in {@code status} (null: every status), last changed first. */
    public PageResult<ContentListing> page(Status status, int page, int size) {
        var request = PageRequest.of(Math.max(0, page - 1), size, LAST_CHANGED_FIRST);
        var found = status == null ? repository.findAll(request) : repository.findByStatus(status, request);
        return new PageResult<>(
                found.getContent().stream().map(ContentListing::of).toList(), page, size, found.getTotalElements());
    }

    public Map<Status, Long> countsByStatus() {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            counts.put(status, repository.countByStatus(status));
        }
        return counts;
    }

    public List<ContentListing> of(Collection<Long> ids) {
        return repository.findAllById(ids).stream().map(ContentListing::of).toList();
    }

    /** Items whose publish-at time lies in ({@code after}, {@code until}]: they went live in between. */
    public List<ContentListing> wentLive(Instant after, Instant until) {
        return repository
                .findByStatusAndPublishedAtGreaterThanAndPublishedAtLessThanEqual(Status.PUBLISHED, after, until)
                .stream()
                .map(ContentListing::of)
                .toList();
    }

    /** The {@code limit} last changed items in the language that are not archived, for pickers. */
    public List<ContentListing> recent(Lang lang, int limit) {
        return repository
                .findByLangAndStatusNot(lang, Status.ARCHIVED, PageRequest.of(0, limit, LAST_CHANGED_FIRST))
                .stream()
                .map(ContentListing::of)
                .toList();
    }

    /** At most {@code limit} live items whose group has no other language yet, last changed first. */
    public List<ContentListing> withoutTranslation(int limit) {
        return repository.findWithoutTranslation(Status.ARCHIVED, PageRequest.of(0, limit)).stream()
                .map(ContentListing::of)
                .toList();
    }
}
