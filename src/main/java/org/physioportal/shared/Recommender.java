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
     * The stored suggestions for a published article, leaving out everything in {@code
     * alreadyListed} (what the page shows anyway). Suggestions never computed are computed now.
     */
    Suggestions forArticle(ContentRef article, Lang lang, Set<ContentRef> alreadyListed);

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
