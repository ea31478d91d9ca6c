package org.physioportal.editorial.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.physioportal.shared.ContentChanged;
import org.physioportal.shared.ContentListings;
import org.physioportal.shared.Status;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Scheduled publishing: an item published with a later publish-at time was announced when it was
 * saved, but readers only see it once the time comes. Once a minute, items whose publish-at time
 * has just passed are announced again ({@code ContentChanged} with status PUBLISHED), so that the
 * page cache and search pick them up when they go live. Items that went live while the application
 * was down are not re-announced (their next save or an index rebuild covers them).
 */
@Configuration
@EnableScheduling
class GoLiveAnnouncer {

    private final List<ContentListings<?>> listings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private Instant checkedUntil;

    GoLiveAnnouncer(ContentStores stores, ApplicationEventPublisher events, Clock clock) {
        this.listings =
                stores.all().stream().<ContentListings<?>>map(s -> s.listings()).toList();
        this.events = events;
        this.clock = clock;
        this.checkedUntil = clock.instant();
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    synchronized void announce() {
        Instant now = clock.instant();
        for (var listing : listings) {
            listing.wentLive(checkedUntil, now)
                    .forEach(
                            item -> events.publishEvent(new ContentChanged(item.ref(), item.lang(), Status.PUBLISHED)));
        }
        checkedUntil = now;
    }
}
