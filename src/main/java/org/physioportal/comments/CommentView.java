package org.physioportal.comments;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A comment as a page shows it, with its replies, oldest first. A removed comment that has replies
 * stays as a placeholder ({@code removed}) without author or text, so the replies keep their place.
 * {@code authorName} is null for a deleted account's comment ("deleted user"); {@code staff} marks
 * a comment by the clinic's staff (editors, moderators, admins), which the page shows. {@code pending}
 * marks the viewer's own comment that waits for a moderator: only its author is ever shown it.
 */
public record CommentView(
        long id,
        Long authorId,
        String authorName,
        String bodyHtml,
        String body,
        Instant createdAt,
        Instant editedAt,
        boolean removed,
        boolean staff,
        boolean pending,
        int depth,
        List<CommentView> replies) {

    private static final ZoneId CLINIC_ZONE = ZoneId.of("Europe/Prague");

    /** When it was written, in the clinic's time zone. */
    public ZonedDateTime localTime() {
        return createdAt.atZone(CLINIC_ZONE);
    }

    public boolean isBy(Long accountId) {
        return authorId != null && authorId.equals(accountId);
    }

    /** The author may still edit it (a moment's grace is left to the server's own check). */
    public boolean editableNow() {
        return !removed && Instant.now().isBefore(createdAt.plus(org.physioportal.comments.domain.Comment.EDIT_WINDOW));
    }

    /** Replies are offered up to the third level; deeper replies join the third level. */
    public boolean canReply() {
        return !removed && !pending;
    }
}
