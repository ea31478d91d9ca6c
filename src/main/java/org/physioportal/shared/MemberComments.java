package org.physioportal.shared;

import java.time.Instant;

/**
 * A member's own comments, newest first, for their account page. Declared here so that the account
 * page can list them without depending on the comments module (which depends on accounts).
 */
public interface MemberComments {

    /** How many comments a page of the list shows. */
    int PAGE_SIZE = 20;

    /** One page (from 1) of the comments the account wrote and still has: waiting, published or removed by a moderator. */
    PageResult<Entry> of(long accountId, int page);

    /** What became of a comment, as its author reads it. */
    enum State {
        PUBLISHED,
        PENDING,
        REMOVED
    }

    /**
     * One comment: the page it is on ({@code pageUrl} null when that page is no longer published),
     * its link ({@code url}: the comment itself while it is shown to its author, else the page) and
     * the start of its text.
     */
    record Entry(long id, String pageTitle, String url, String excerpt, State state, Instant createdAt) {}
}
