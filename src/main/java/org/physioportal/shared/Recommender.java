package org.physioportal.shared;

import java.util.List;
import java.util.Set;

/**
 * Computes the "might interest you" blocks of a page. Declared here so that pages can ask for
 * suggestions without depending on the module that computes them.
 */
public interface Recommender {

    /**
     * Suggestions for an article classified under {@code termIds}, in its language, leaving out the
     * article itself and everything in {@code alreadyListed}.
     */
    Suggestions forArticle(ContentRef article, Lang lang, Set<Long> termIds, Set<ContentRef> alreadyListed);

    /** The three blocks under an article: exercises, videos, and articles from other activities. */
    record Suggestions(List<Teaser> exercises, List<Teaser> videos, List<Teaser> articles) {}
}
