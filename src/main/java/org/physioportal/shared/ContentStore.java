package org.physioportal.shared;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.Optional;

/**
 * One content type's writes and back-office reads, the same for articles, exercises and videos, so
 * that the editorial core needs no adapter per type. {@link ContentStoreSupport} implements it once.
 */
public interface ContentStore<C extends ContentRecord> extends ContentDirectory {

    Class<C> recordType();

    /** Any item, whatever its status. */
    Optional<StoredContent<C>> draft(long id);

    Optional<Long> idOf(String groupKey, Lang lang);

    /** Creates or replaces the record's language version of its group (the demo, imports, new drafts). */
    long save(@Valid C content);

    /**
     * Saves over {@code expectedVersion} with the given status and publication time (the record's
     * own are ignored); refuses a stale version, a slug another item uses, or a move to another group.
     */
    long update(long id, int expectedVersion, @Valid C content, Status status, Instant publishedAt);

    /**
     * Moves the item's version on without changing what readers see: a change kept above the
     * published version (a forward draft) makes forms loaded before it stale.
     */
    void touch(long id, int expectedVersion);

    /** The back office's bounded reads of the type. */
    ContentListings<?> listings();

    /** Items of any status that show the media library file {@code mediaId}. */
    java.util.List<ContentListing> usingMedia(long mediaId);

    /** Re-tags every item classified under one term with another (a taxonomy merge); how many changed. */
    int replaceTerm(long fromTermId, long intoTermId);
}
