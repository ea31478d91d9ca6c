package org.physioportal.comments;

import org.physioportal.shared.ContentRef;

/** A comment became visible to readers (posted by a trusted member, or approved). */
public record CommentPublished(long commentId, ContentRef target, Long parentId) {}
