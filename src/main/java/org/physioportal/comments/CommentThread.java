package org.physioportal.comments;

import java.util.List;
import org.physioportal.shared.ContentRef;

/**
 * One page of the comments of a content page: the trees, the number of published comments in
 * all, and which page of how many this is (30 top-level comments per page; page 1 is the newest). {@code formKey} is made
 * anew for every rendering; the forms send it (with the parent id for replies) as their
 * idempotency key, so submitting the same form twice stores one comment.
 */
public record CommentThread(
        ContentRef target, List<CommentView> comments, long count, int page, int pages, String formKey) {

    public boolean hasOlder() {
        return page < pages;
    }

    public boolean hasNewer() {
        return page > 1;
    }

    /** Whether the comment is on this page of the thread (a notice about it is then shown beside it). */
    public boolean shows(Long id) {
        return id != null && shows(comments, id);
    }

    private static boolean shows(List<CommentView> views, long id) {
        return views.stream().anyMatch(v -> v.id() == id || shows(v.replies(), id));
    }
}
