package org.physioportal.comments;

import org.physioportal.shared.ContentRef;

/**
 * A comment readers could see changed or went away (edited, deleted by its author, hidden by a
 * moderator). A comment that becomes visible is {@link CommentPublished}.
 */
public record CommentsChanged(ContentRef target) {}
