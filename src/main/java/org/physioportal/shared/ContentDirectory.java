package org.physioportal.shared;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Finds a published content item of one type by id: its title, language and address. Articles,
 * exercises and videos each provide one, so modules such as comments can link to what they belong
 * to without depending on those modules.
 */
public interface ContentDirectory {

    ContentType type();

    /** The item when it exists and is published now. */
    Optional<ContentLink> findPublished(long id);

    /** How many translation groups have a version published now: the sitemap's entries of this type. */
    long countPublishedGroups();

    /**
     * The published versions of one slice of the translation groups, in a stable order (by group
     * key): slice {@code part} (from 0) of {@code size} groups. A group is never split between slices.
     */
    List<PublishedVersion> publishedGroups(int part, int size);

    /** A published item: where it lives and what it is called. */
    record ContentLink(ContentRef ref, Lang lang, String title, String url) {}

    /** One published language version of a translation group, for the sitemap. */
    record PublishedVersion(String groupKey, Lang lang, String url, Instant updatedAt) {}
}
