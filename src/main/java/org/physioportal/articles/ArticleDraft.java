package org.physioportal.articles;

import java.time.Instant;
import org.physioportal.shared.Status;

/** An article in any status, as the back office edits it: what was saved and the version it has. */
public record ArticleDraft(long id, int version, Status status, Instant updatedAt, NewArticle content) {}
