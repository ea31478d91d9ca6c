package org.physioportal.editorial.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.shared.ContentChanged;
import org.physioportal.shared.ContentListing;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;
import org.physioportal.videos.VideosApi;

/** Scheduled items are announced once, in the minute their publish-at time passes. */
class GoLiveAnnouncerTests {

    static final Instant START = Instant.parse("2026-11-25T08:00:00Z");

    @Test
    void announcesEachScheduledItemOnceWhenItsTimeComes() {
        var articles = mock(ArticlesApi.class);
        var exercises = mock(ExercisesApi.class);
        var videos = mock(VideosApi.class);
        List<ContentChanged> seen = new ArrayList<>();
        var clock = new MutableClock(START);
        when(articles.listing())
                .thenReturn(List.of(
                        item(1, Status.PUBLISHED, START.plusSeconds(90)),
                        item(2, Status.PUBLISHED, START.minusSeconds(3600)),
                        item(3, Status.DRAFT, START.plusSeconds(30)),
                        item(4, Status.PUBLISHED, START.plusSeconds(600))));
        var announcer =
                new GoLiveAnnouncer(articles, exercises, videos, event -> seen.add((ContentChanged) event), clock);

        clock.now = START.plusSeconds(60);
        announcer.announce();
        assertThat(seen).isEmpty();
        clock.now = START.plusSeconds(120);
        announcer.announce();
        clock.now = START.plusSeconds(180);
        announcer.announce();
        assertThat(seen)
                .containsExactly(new ContentChanged(new ContentRef(ContentType.ARTICLE, 1), Lang.EN, Status.PUBLISHED));
    }

    private static ContentListing item(long id, Status status, Instant publishedAt) {
        return new ContentListing(
                new ContentRef(ContentType.ARTICLE, id),
                "g" + id,
                Lang.EN,
                "s" + id,
                "t",
                status,
                publishedAt,
                START,
                null);
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
