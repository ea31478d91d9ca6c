package org.physioportal.shared;

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

    /** A published item: where it lives and what it is called. */
    record ContentLink(ContentRef ref, Lang lang, String title, String url) {}
}
