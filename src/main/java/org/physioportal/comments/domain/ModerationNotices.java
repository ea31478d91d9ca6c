package org.physioportal.comments.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The record of mails about waiting comments ({@code moderation_notice}, a row per moderator). A mail
 * is claimed with one conditional write before it is sent, so however many nodes try at once, one
 * of them gets the row and the others send nothing.
 */
@Component
class ModerationNotices {

    /** A moderator gets at most one mail about waiting comments in this time. */
    static final Duration AT_MOST_EVERY = Duration.ofHours(1);

    private final JdbcClient jdbc;

    ModerationNotices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes the right to mail the moderator now: true when they were never mailed, or last mailed
     * over an hour ago and before the newest waiting comment came in. Run it in a transaction of
     * its own: a lost race for the first row ends in a duplicate key.
     */
    boolean claim(long accountId, Instant now, Instant newestWaiting) {
        int updated = jdbc.sql("""
                        update moderation_notice set sent_at = :now
                        where account_id = :id and sent_at <= :hourAgo and sent_at < :newest""")
                .param("now", utc(now))
                .param("id", accountId)
                .param("hourAgo", utc(now.minus(AT_MOST_EVERY)))
                .param("newest", utc(newestWaiting))
                .update();
        if (updated == 1) {
            return true;
        }
        return jdbc.sql("""
                        insert into moderation_notice (account_id, sent_at)
                        select cast(:id as bigint), cast(:now as timestamp with time zone)
                        where not exists (select 1 from moderation_notice where account_id = :id)""").param("id", accountId).param("now", utc(now)).update() == 1;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
