package org.physioportal.pagecache;

import java.util.UUID;
import javax.sql.DataSource;
import org.physioportal.accounts.AccountDeleted;
import org.physioportal.accounts.DisplayNameChanged;
import org.physioportal.articles.CareCardChanged;
import org.physioportal.comments.CommentPublished;
import org.physioportal.comments.CommentsChanged;
import org.physioportal.shared.ContentChanged;
import org.physioportal.shared.ContentChangedElsewhere;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.PublishedCounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Several nodes on one PostgreSQL (postgres profile): a change that empties this node's page cache
 * (and its published counts) is announced to the others with {@code NOTIFY portal_changes}, after
 * its commit; {@link ChangeListener} empties theirs when the notification arrives, typically within
 * milliseconds. The time-to-live of pages and counts stays as a safety net for a notification lost
 * while a listening connection was down (a reconnecting listener empties its node's cache anyway).
 *
 * <p>The payload is this node's id and the changed content type ({@code *} for care card, comment and account
 * changes, which touch pages but no counts): no content, no person.
 */
@Component
@Profile("postgres")
class ClusterNotifications {

    static final String CHANNEL = "portal_changes";
    private static final Logger log = LoggerFactory.getLogger(ClusterNotifications.class);

    private final String node = UUID.randomUUID().toString().substring(0, 8);
    private final JdbcTemplate jdbc;
    private final PageCache cache;
    private final PublishedCounts counts;
    private final ApplicationEventPublisher events;

    ClusterNotifications(
            DataSource dataSource, PageCache cache, PublishedCounts counts, ApplicationEventPublisher events) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.cache = cache;
        this.counts = counts;
        this.events = events;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(ContentChanged changed) {
        announce(changed.ref().type().name());
    }

    @TransactionalEventListener(
            classes = {
                CareCardChanged.class,
                CommentPublished.class,
                CommentsChanged.class,
                DisplayNameChanged.class,
                AccountDeleted.class
            },
            fallbackExecution = true)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void onPageChange() {
        announce("*");
    }

    private void announce(String what) {
        try {
            jdbc.queryForObject("select pg_notify(?, ?)", Object.class, CHANNEL, node + ' ' + what);
        } catch (RuntimeException e) {
            // the other nodes see the change after their time-to-live
            log.warn("Could not announce a change to the other nodes: {}", e.toString());
        }
    }

    /** A payload from {@code NOTIFY}: another node's change empties this node's cache and counts. */
    void received(String payload) {
        int space = payload.indexOf(' ');
        if (space < 0 || payload.substring(0, space).equals(node)) {
            return;
        }
        String what = payload.substring(space + 1);
        if (!what.equals("*")) {
            try {
                ContentType type = ContentType.valueOf(what);
                counts.forget(type);
                events.publishEvent(new ContentChangedElsewhere(type));
            } catch (IllegalArgumentException e) {
                log.warn("Unknown content type in a change notification: {}", what);
            }
        }
        cache.invalidateAll();
    }

    /** After (re)connecting the listener: notifications may have been missed, so forget everything. */
    void missedSome() {
        for (ContentType type : ContentType.values()) {
            counts.forget(type);
        }
        events.publishEvent(new ContentChangedElsewhere(null));
        cache.invalidateAll();
    }
}
