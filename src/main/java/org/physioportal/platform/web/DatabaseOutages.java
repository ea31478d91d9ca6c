package org.physioportal.platform.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLTransientConnectionException;

/**
 * Whether the database was found unreachable lately: an outage answer was given within the last
 * {@value DatabaseUnavailable#RETRY_AFTER_SECONDS} seconds. One per application context.
 *
 * <p>A request that merely waited too long for a pooled connection while the database was up (an
 * overloaded pool) is not an outage: Hikari's timeout then has no cause, whereas during an outage
 * it carries the last failure to open a connection. Counting those would switch the {@link
 * PageQueue} off under the very overload it is there for.
 */
final class DatabaseOutages {

    private static final long FAILING_FOR_NANOS = DatabaseUnavailable.RETRY_AFTER_SECONDS * 1_000_000_000L;

    /** Metrics: {@code portal_database_outage_answers_total}. */
    private static final Counter OUTAGE_ANSWERS = Counter.builder("portal.database.outage.answers")
            .description("Requests answered with the outage page because the database was unreachable")
            .register(Metrics.globalRegistry);

    private volatile long lastSeen = System.nanoTime() - 2 * FAILING_FOR_NANOS;

    /**
     * What every outage answer carries ({@link DatabaseUnavailable#answer}: Retry-After, one log
     * line), and the note that the database is failing.
     */
    void answer(HttpServletRequest request, HttpServletResponse response, Throwable failure) {
        DatabaseUnavailable.answer(request, response, failure);
        answered(failure);
    }

    /** Notes a request answered with the outage page, unless its cause was only a busy pool. */
    void answered(Throwable failure) {
        if (!poolMerelyBusy(failure)) {
            lastSeen = System.nanoTime();
            OUTAGE_ANSWERS.increment();
        }
    }

    boolean failingRecently() {
        return System.nanoTime() - lastSeen < FAILING_FOR_NANOS;
    }

    /** Hikari's "connection is not available" with no failed connection attempt behind it. */
    static boolean poolMerelyBusy(Throwable failure) {
        return DatabaseUnavailable.causes(failure)
                .filter(SQLTransientConnectionException.class::isInstance)
                .findFirst()
                .map(timeout -> timeout.getCause() == null)
                .orElse(false);
    }
}
