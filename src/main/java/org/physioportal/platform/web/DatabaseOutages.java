package org.physioportal.platform.web;

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

    private volatile long lastSeen = System.nanoTime() - 2 * FAILING_FOR_NANOS;

    /** Notes a request answered with the outage page, unless its cause was only a busy pool. */
    void answered(Throwable failure) {
        if (!poolMerelyBusy(failure)) {
            lastSeen = System.nanoTime();
        }
    }

    boolean failingRecently() {
        return System.nanoTime() - lastSeen < FAILING_FOR_NANOS;
    }

    /** Hikari's "connection is not available" with no failed connection attempt behind it. */
    static boolean poolMerelyBusy(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException timeout) {
                return timeout.getCause() == null;
            }
        }
        return false;
    }
}
