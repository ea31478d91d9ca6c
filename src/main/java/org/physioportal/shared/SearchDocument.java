package org.physioportal.shared;

import java.time.Instant;
import java.util.Set;

/**
 * What an article, exercise or video puts into the full-text index. Every kind of content fills
 * the same fields (see {@link SearchFields}; each entity names its binder), so that one query searches all three, and the text
 * goes into the fields of its own language, analysed for that language.
 */
public interface SearchDocument {

    ContentType type();

    Lang lang();

    String slug();

    Status status();

    Instant publishedAt();

    /** The heading: title or exercise name. */
    String searchTitle();

    /** The short text under the heading in a listing: lead, goal or description. */
    String searchSummary();

    /** Everything else worth finding, as plain text (no Markdown). */
    String searchBody();

    Set<Long> termIds();

    /** Exercises only: EASY, MEDIUM or HARD; null for the rest. */
    default String searchDifficulty() {
        return null;
    }
}
