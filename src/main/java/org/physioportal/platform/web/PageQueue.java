package org.physioportal.platform.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Requests that a controller answers (pages, forms, search) take one of a few places, in the order
 * they arrived, for as long as the handler runs and its view renders. The places are about as many
 * as the database pool has connections.
 *
 * <p>Without it, every request (one virtual thread each) went straight for a pooled connection,
 * and the pool does not serve its waiters in order: a newcomer can take a connection that was just
 * given back while older requests keep waiting. Under overload (64 readers on two cores, page
 * cache off) 2-11 answers per 15 s were 503s, each a request that waited more than the pool's
 * 3-second connection timeout while others were served in 0.3 s. In this queue a request waits its
 * turn instead; only a request that waited {@code maxWait} for a place gets the 503 page ({@link
 * Full}), the site's way of shedding load it cannot serve.
 *
 * <p>Not queued: cached pages (answered by the page cache filter before this), static files and
 * media (no controller method, or excluded where registered: a long download must not hold a
 * place), the login form's POST (answered by Spring Security's filters), forwards and includes
 * (the request already holds its place), error pages (rendered after the request gave its place
 * back), and every request while the database is failing ({@link DatabaseOutages}): then the
 * pool's own timeout answers each request within 3 s as before, instead of every place waiting
 * that long in turn. Requests that were already queued when an outage began still wait their turn.
 *
 * <p>An asynchronous request (none today) gives its place back when its async dispatch completes.
 */
final class PageQueue implements HandlerInterceptor {

    private static final String HOLDS_A_PLACE = PageQueue.class.getName() + ".HOLDS_A_PLACE";

    /** Metrics: {@code portal_page_queue_wait_seconds} and {@code portal_page_queue_full_total}. */
    private static final Timer WAITS = Timer.builder("portal.page.queue.wait")
            .description("How long requests waited for a place in the page queue")
            .register(Metrics.globalRegistry);

    private static final Counter FULL = Counter.builder("portal.page.queue.full")
            .description("Requests that found no place within max-wait (the very busy 503 page)")
            .register(Metrics.globalRegistry);

    private final Semaphore places;
    private final long maxWaitNanos;
    private final BooleanSupplier databaseFailing;

    PageQueue(int places, Duration maxWait, BooleanSupplier databaseFailing) {
        if (places < 1) {
            throw new IllegalArgumentException("places must be at least 1, was " + places);
        }
        this.places = new Semaphore(places, true);
        this.maxWaitNanos = maxWait.toNanos();
        this.databaseFailing = databaseFailing;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)
                || request.getDispatcherType() != DispatcherType.REQUEST
                || databaseFailing.getAsBoolean()) {
            return true;
        }
        long start = System.nanoTime();
        try {
            if (!places.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS)) {
                FULL.increment();
                throw new Full();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Full();
        } finally {
            WAITS.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
        request.setAttribute(HOLDS_A_PLACE, Boolean.TRUE);
        return true;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        DispatcherType dispatch = request.getDispatcherType();
        if ((dispatch == DispatcherType.REQUEST || dispatch == DispatcherType.ASYNC)
                && request.getAttribute(HOLDS_A_PLACE) != null) {
            request.removeAttribute(HOLDS_A_PLACE);
            places.release();
        }
    }

    /** Places free just now (for tests and diagnostics). */
    int free() {
        return places.availablePermits();
    }

    /** Requests waiting for a place just now (an estimate, as {@link Semaphore#getQueueLength()}). */
    int waiting() {
        return places.getQueueLength();
    }

    /** A request waited {@code maxWait} without getting a place: answered with the 503 page. */
    static final class Full extends RuntimeException {
        Full() {
            super("No place free for this request within the page queue's maximum wait", null, false, false);
        }
    }
}
