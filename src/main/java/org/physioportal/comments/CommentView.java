package org.physioportal.comments;

import java.time.Instant;
import java.util.List;

/** A published comment with its published replies, oldest first. */
public record CommentView(long id, String authorName, String body, Instant createdAt, List<CommentView> replies) {

    /** When it was written, in the clinic's time zone. */
    public java.time.ZonedDateTime localTime() {
        return createdAt.atZone(java.time.ZoneId.of("Europe/Prague"));
    }

    /** The body split into paragraphs; rendered as escaped text, never as HTML. */
    public List<String> paragraphs() {
        return java.util.Arrays.stream(body.split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }
}
