package org.physioportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The windows of scheduled jobs, kept in the database; run on H2 and PostgreSQL. */
abstract class ScheduledWindowsContract {

    @Autowired
    DataSource dataSource;

    @Test
    void aWindowGoesOnFromWhereTheLastRunStoppedWhicheverNodeRanIt() {
        var nodeOne = new ScheduledWindows(dataSource);
        var nodeTwo = new ScheduledWindows(dataSource);
        Instant start = Instant.parse("2031-03-01T10:00:00.123456Z");

        assertThat(nodeOne.advance("job", start.plusSeconds(60), start)).isEqualTo(start);
        assertThat(nodeTwo.advance("job", start.plusSeconds(120), start.plusSeconds(100)))
                .isEqualTo(start.plusSeconds(60));
        assertThat(nodeOne.advance("job", start.plusSeconds(180), start)).isEqualTo(start.plusSeconds(120));
        assertThat(nodeOne.advance("other", start.plusSeconds(180), start.plusSeconds(170)))
                .as("each job has its own window")
                .isEqualTo(start.plusSeconds(170));
    }

    @Test
    void aClockThatWentBackNeverGivesAWindowThatEndsBeforeItStarts() {
        var windows = new ScheduledWindows(dataSource);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        windows.advance("backwards", now, now);
        assertThat(windows.advance("backwards", now.minusSeconds(5), now)).isEqualTo(now.minusSeconds(5));
    }
}
