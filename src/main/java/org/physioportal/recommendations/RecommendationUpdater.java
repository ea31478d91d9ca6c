package org.physioportal.recommendations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.physioportal.search.SimilarContent;
import org.physioportal.shared.ContentChanged;
import org.physioportal.shared.ContentType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps stored picks current. When an article, exercise or video changes, the articles whose picks
 * show it, and the (newest {@value #AFFECTED_LIMIT}) articles in its language that share a term
 * with it, are marked stale; a background task recomputes stale picks a batch at a time, so that
 * saving stays fast and pages keep reading the previous picks meanwhile. The same task stores the
 * picks that pages computed on the spot because none were stored yet.
 */
@Configuration
class RecommendationUpdater {

    private static final Logger log = LoggerFactory.getLogger(RecommendationUpdater.class);

    static final int AFFECTED_LIMIT = 1000;
    static final int BATCH = 50;

    private final RecommendationStore store;
    private final Recommendations recommendations;
    private final SimilarContent similar;

    RecommendationUpdater(RecommendationStore store, Recommendations recommendations, SimilarContent similar) {
        this.store = store;
        this.recommendations = recommendations;
        this.similar = similar;
    }

    /** After the change has committed (and the index has it): mark what it may affect. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ContentChanged changed) {
        Set<Long> affected = new HashSet<>(store.showing(changed.ref()));
        affected.addAll(similar.articlesSharing(changed.lang(), similar.termsOf(changed.ref()), AFFECTED_LIMIT));
        if (changed.ref().type() == ContentType.ARTICLE) {
            affected.add(changed.ref().id());
        }
        store.markStale(affected);
    }

    @Scheduled(
            fixedDelayString = "${portal.recommendations.refresh-every:2s}",
            initialDelayString = "${portal.recommendations.refresh-every:2s}")
    @SchedulerLock(name = "recommendations-refresh")
    void refreshStale() {
        List<Long> due = new ArrayList<>(recommendations.takeUnstored(BATCH));
        due.addAll(store.stale(BATCH));
        for (Long id : due) {
            try {
                recommendations.recompute(id);
            } catch (RuntimeException e) {
                // stale picks stay stale and are tried again, and a page keeps showing them; picks
                // that were never stored are computed for each page again and queued again
                log.warn("Could not recompute the suggestions of article {}: {}", id, e.toString());
            }
        }
    }
}
