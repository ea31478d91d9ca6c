package org.physioportal.editorial.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.physioportal.articles.ArticleFixtures;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.authors.AuthorsApi;
import org.physioportal.platform.ScheduledWindows;
import org.physioportal.shared.ContentChanged;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Scheduled items are announced once, in the minute their publish-at time passes; the database is
 * asked for just those items (the announcer once read every row, which ran a 100k corpus out of memory).
 */
@SpringBootTest
@ActiveProfiles("test")
class GoLiveAnnouncerTests {

    @Autowired
    ArticlesApi articles;

    @Autowired
    ContentStores stores;

    @Autowired
    AuthorsApi authors;

    @Autowired
    ScheduledWindows windows;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void announcesEachScheduledItemOnceWhenItsTimeComes() {
        // a start far enough ahead that no other test's content is scheduled around it
        Instant start = Instant.now().plus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        long due = save("go-live-due", Status.PUBLISHED, start.plusSeconds(90));
        save("go-live-past", Status.PUBLISHED, start.minusSeconds(3600));
        save("go-live-draft", Status.DRAFT, start.plusSeconds(30));
        save("go-live-later", Status.PUBLISHED, start.plusSeconds(600));
        List<ContentChanged> seen = new ArrayList<>();
        var clock = new MutableClock(start);
        jdbc.update("delete from scheduled_window where name = ?", GoLiveAnnouncer.JOB);
        var announcer = new GoLiveAnnouncer(stores, event -> seen.add((ContentChanged) event), windows, clock);

        clock.now = start.plusSeconds(60);
        announcer.announce();
        assertThat(seen).isEmpty();
        clock.now = start.plusSeconds(120);
        announcer.announce();
        clock.now = start.plusSeconds(180);
        announcer.announce();
        assertThat(seen)
                .containsExactly(
                        new ContentChanged(new ContentRef(ContentType.ARTICLE, due), Lang.EN, Status.PUBLISHED));
    }

    @Test
    void aNodeGoesOnFromWhereAnotherNodeStopped() {
        Instant start = Instant.now().plus(500, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        long due = save("go-live-shared", Status.PUBLISHED, start.plusSeconds(90));
        jdbc.update("delete from scheduled_window where name = ?", GoLiveAnnouncer.JOB);
        List<ContentChanged> seen = new ArrayList<>();
        var clock = new MutableClock(start);
        var nodeOne = new GoLiveAnnouncer(stores, event -> seen.add((ContentChanged) event), windows, clock);
        var nodeTwo = new GoLiveAnnouncer(stores, event -> seen.add((ContentChanged) event), windows, clock);

        clock.now = start.plusSeconds(60);
        nodeOne.announce();
        clock.now = start.plusSeconds(120);
        nodeTwo.announce();
        clock.now = start.plusSeconds(130);
        nodeOne.announce();
        assertThat(seen)
                .as("announced by node two, not again by node one")
                .containsExactly(
                        new ContentChanged(new ContentRef(ContentType.ARTICLE, due), Lang.EN, Status.PUBLISHED));
    }

    private long save(String key, Status status, Instant publishedAt) {
        String slug = key + "-" + Long.toString(System.nanoTime(), 36);
        return articles.save(ArticleFixtures.minimal(
                slug,
                "Scheduled " + key,
                "Lead",
                "Body.",
                authors.all(Lang.EN).getFirst().id(),
                status,
                publishedAt));
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
