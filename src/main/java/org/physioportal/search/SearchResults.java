package org.physioportal.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.physioportal.shared.ContentType;

/**
 * A page of results with the counts behind each facet value (content types, terms by id,
 * difficulties), counted over everything the query matches. {@code correctedText} is the text the
 * results were found for when words typed that no item has were taken for near misses ("knee" for
 * "kneee"), else empty.
 */
public record SearchResults(
        List<Hit> hits,
        long total,
        int page,
        Map<String, Long> typeCounts,
        Map<Long, Long> termCounts,
        Map<String, Long> difficultyCounts,
        Optional<String> correctedText) {

    public int pages() {
        return (int) Math.ceil(total / (double) SearchQuery.PAGE_SIZE);
    }

    public boolean hasPrevious() {
        return page > 1 && page <= pages();
    }

    public boolean hasNext() {
        return page < pages();
    }

    /** The page asked for lies beyond the last one. */
    public boolean beyondLastPage() {
        return total > 0 && page > pages();
    }

    /**
     * One result. {@code snippetHtml} is escaped text in which only the matched words are wrapped
     * in {@code <mark>}; it is safe to insert unescaped.
     */
    public record Hit(ContentType type, String title, String url, String snippetHtml, Instant publishedAt) {}
}
