package org.physioportal.platform;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where a scheduled job that works through time windows stopped last, kept in the database
 * ({@code scheduled_window}) rather than in one node's memory: whichever node runs the job next (under
 * its {@code @SchedulerLock}) goes on from there, so that each moment is covered once in the cluster,
 * also after the node that ran it before died.
 */
@Component
public class ScheduledWindows {

    private final JdbcTemplate jdbc;

    ScheduledWindows(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * Moves the window of {@code job} on to {@code now} and returns where it was; the first time,
     * {@code firstStart}. Call it only while holding the job's lock.
     */
    public Instant advance(String job, Instant now, Instant firstStart) {
        List<OffsetDateTime> before = jdbc.queryForList(
                "select checked_until from scheduled_window where name = ?", OffsetDateTime.class, job);
        OffsetDateTime until = now.atOffset(ZoneOffset.UTC);
        if (before.isEmpty()) {
            jdbc.update("insert into scheduled_window (name, checked_until) values (?, ?)", job, until);
            return firstStart;
        }
        jdbc.update("update scheduled_window set checked_until = ? where name = ?", until, job);
        Instant previous = before.getFirst().toInstant();
        return previous.isAfter(now) ? now : previous;
    }
}
