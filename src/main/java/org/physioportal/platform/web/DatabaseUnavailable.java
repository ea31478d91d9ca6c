package org.physioportal.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The exceptions an unreachable database produces, recognised anywhere in a cause chain, and what
 * the answer to such a request carries: status 503 and a Retry-After header. Which exception arrives
 * depends on where the request met the outage:
 *
 * <ul>
 *   <li>no connection to be had (the pool waited its connection timeout): {@link
 *       CannotCreateTransactionException} around Hikari's {@link SQLTransientConnectionException};
 *   <li>a pooled connection that broke during a query: {@link DataAccessResourceFailureException}
 *       around Hibernate's {@link JDBCConnectionException} around the driver's SQL state 08xxx;
 *   <li>the rollback after that failure, on the connection the pool has just thrown out: {@code
 *       JpaSystemException} ("Unable to rollback against JDBC Connection") around Hikari's plain
 *       {@code SQLException} "Connection is closed"; Spring's transaction interceptor logs the
 *       original failure and throws this one instead;
 *   <li>outside a Spring transaction (plain JDBC): {@code CannotGetJdbcConnectionException}, a {@link
 *       DataAccessResourceFailureException}.
 * </ul>
 */
final class DatabaseUnavailable {

    static final long RETRY_AFTER_SECONDS = 10;

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);
    private static final long LOG_EVERY_NANOS = 10_000_000_000L;
    private static final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

    private DatabaseUnavailable() {}

    static boolean isCause(Throwable failure) {
        return causes(failure).anyMatch(DatabaseUnavailable::isOutage);
    }

    /** The failure and its causes, outermost first (at most 32, so that a cause loop ends). */
    static Stream<Throwable> causes(Throwable failure) {
        return Stream.iterate(failure, Objects::nonNull, Throwable::getCause).limit(32);
    }

    private static boolean isOutage(Throwable t) {
        return t instanceof CannotCreateTransactionException
                || t instanceof DataAccessResourceFailureException
                || t instanceof JDBCConnectionException
                || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException
                // SQL state class 08: connection exception (the driver lost or could not open its connection)
                || (t instanceof SQLException sql
                        && sql.getSQLState() != null
                        && (sql.getSQLState().startsWith("08")
                                // 57P01-57P03: the server is shutting down, crashed or not yet accepting
                                || sql.getSQLState().startsWith("57P0")))
                || (t instanceof SQLException sql && isEvictedByPool(sql));
    }

    /**
     * Hikari's answer on a connection it has already thrown out as broken: a plain SQLException
     * "Connection is closed" without an SQL state, from its closed-connection stand-in. It is what
     * the rollback after a failed query meets, and the rollback's failure replaces the query's own
     * (state 08006) exception.
     */
    private static boolean isEvictedByPool(SQLException e) {
        StackTraceElement[] trace = e.getStackTrace();
        return e.getSQLState() == null
                && "Connection is closed".equals(e.getMessage())
                && trace.length > 0
                && trace[0].getClassName().startsWith("com.zaxxer.hikari.pool.ProxyConnection");
    }

    /** Sets the Retry-After header and logs one line (no stack trace, at most one WARN every 10 s). */
    static void answer(HttpServletRequest request, HttpServletResponse response, Throwable failure) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY_AFTER_SECONDS));
        long now = System.nanoTime();
        long last = lastLogged.get();
        String line = "Database unavailable: answered 503 to {} {} ({})";
        if (now - last >= LOG_EVERY_NANOS && lastLogged.compareAndSet(last, now)) {
            log.warn(line, request.getMethod(), request.getRequestURI(), describe(failure));
        } else {
            log.debug(line, request.getMethod(), request.getRequestURI(), describe(failure));
        }
    }

    /** The exception types from outermost to root, and the root's message. */
    static String describe(Throwable failure) {
        var chain = new StringBuilder();
        Throwable root = failure;
        for (int depth = 0; root != null && depth < 32; depth++) {
            if (depth > 0) {
                chain.append(" < ");
            }
            chain.append(root.getClass().getSimpleName());
            if (root.getCause() == null || root.getCause() == root) {
                return chain + ": " + root.getMessage();
            }
            root = root.getCause();
        }
        return chain.toString();
    }
}
