package org.physioportal.editorial.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.physioportal.platform.ScheduledWindows;
import org.physioportal.shared.ContentChanged;
import org.physioportal.shared.ContentListings;
import org.physioportal.shared.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Scheduled publishing: an item published with a later publish-at time was announced when it was
 * saved, but readers only see it once the time comes. Once a minute, items whose publish-at time
 * has just passed are announced again ({@code ContentChanged} with status PUBLISHED), so that the
 * page cache and search pick them up when they go live. One node of the cluster does it at a time
 * (ShedLock), going on from where the last run on any node stopped ({@link ScheduledWindows}), so
 * that each item is announced once; items that went live while the whole cluster was down are not
 * (their next save or an index rebuild covers them).
 */
@Configuration
class GoLiveAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(GoLiveAnnouncer.class);
    static final String JOB = "go-live-announcer";

    private final List<ContentListings<?>> listings;
    private final ApplicationEventPublisher events;
    private final ScheduledWindows windows;
    private final Clock clock;
    private final Instant started;

    GoLiveAnnouncer(ContentStores stores, ApplicationEventPublisher events, ScheduledWindows windows, Clock clock) {
        this.listings =
                stores.all().stream().<ContentListings<?>>map(s -> s.listings()).toList();
        this.events = events;
        this.windows = windows;
        this.clock = clock;
        this.started = clock.instant();
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    @SchedulerLock(name = JOB)
    synchronized void announce() {
        Instant now = clock.instant();
        Instant checkedUntil = windows.advance(JOB, now, started);
        for (var listing : listings) {
            for (var item : listing.wentLive(checkedUntil, now)) {
                log.info("Went live: {} {}", item.ref().type(), item.ref().id());
                events.publishEvent(new ContentChanged(item.ref(), item.lang(), Status.PUBLISHED));
            }
        }
    }
}
