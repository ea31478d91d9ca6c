package org.physioportal.comments;

import java.util.List;
import org.physioportal.shared.ContentRef;

/**
 * The comments of one page: the tree and the number of published comments. {@code formKey} is made
 * anew for every rendering; the forms send it (with the parent id for replies) as their
 * idempotency key, so submitting the same form twice stores one comment.
 */
public record CommentThread(ContentRef target, List<CommentView> comments, long count, String formKey) {}
