package org.physioportal.pagecache;

import org.physioportal.accounts.AccountDeleted;
import org.physioportal.accounts.DisplayNameChanged;
import org.physioportal.articles.CareCardChanged;
import org.physioportal.comments.CommentPublished;
import org.physioportal.comments.CommentsChanged;
import org.physioportal.shared.ContentChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every stored page becomes stale when content, an article's care card, a visible comment or a
 * commenter's public name changes. Not finer, deliberately: an article or exercise appears far beyond its own page (both
 * languages' switch links, listings, topic and author pages, the home page, other pages' tutorials,
 * figures and "might interest you" blocks), and a comment changes the comment count on every teaser
 * of its page anywhere on the site. Tracking all of that would be a second copy of the page logic
 * that can silently fall behind it; changes are rare next to reads, a stale page costs one rendering
 * on its next request, and an unchanged page keeps its ETag, so clients still get 304s.
 *
 * <p>After commit, so that the next rendering sees the change (a page rendered while the change
 * was being written started in the old generation and is stale on arrival); events published
 * outside a transaction take effect at once.
 */
@Component
class PageCacheInvalidation {

    private final PageCache cache;

    PageCacheInvalidation(PageCache cache) {
        this.cache = cache;
    }

    @TransactionalEventListener(
            classes = {
                ContentChanged.class,
                CareCardChanged.class,
                CommentPublished.class,
                CommentsChanged.class,
                DisplayNameChanged.class,
                AccountDeleted.class
            },
            fallbackExecution = true)
    void onChange() {
        cache.invalidateAll();
    }
}
