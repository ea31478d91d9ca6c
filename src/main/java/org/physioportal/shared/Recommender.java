package org.physioportal.shared;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The "might interest you" blocks of a page. Declared here so that pages can ask for them without
 * depending on the module that computes them.
 */
public interface Recommender {

    /**
     * The stored picks of a published article, best first in each block, leaving out everything in
     * {@code alreadyListed} (what the page shows anyway). Only reads: picks never computed are
     * computed now and stored in the background, so that a page needs no write.
     */
    Picks picksFor(ContentRef article, Set<ContentRef> alreadyListed);

    /**
     * The blocks of an exercise's or a video's page: exercises, videos and articles that share a body
     * region or topic with it or whose text is like it, leaving out the item itself and {@code
     * alreadyListed}. Computed from the index when asked (only reads; anonymous pages are cached).
     */
    Suggestions suggestionsFor(Item item, Set<ContentRef> alreadyListed);

    /** A page's own item as suggestions see it: its terms and its text. */
    record Item(ContentRef ref, Lang lang, Set<Long> termIds, String title, String summary, String body) {}

    /** The ids of the picked exercises, videos and articles, and for editors why each was picked. */
    record Picks(List<Long> exercises, List<Long> videos, List<Long> articles, Map<ContentRef, String> reasons) {}

    /**
     * The three blocks under an article: exercises, videos, and articles from other activities; and
     * for editors, why each item was picked.
     */
    record Suggestions(
            List<Teaser> exercises, List<Teaser> videos, List<Teaser> articles, Map<ContentRef, String> reasons) {

        public String reasonFor(ContentRef ref) {
            return reasons.get(ref);
        }
    }
}
