package org.physioportal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/** Requests get their place in the order they came; nothing is held after a request ends. */
class PageQueueTests {

    private static final Duration LONG = Duration.ofMinutes(1);

    private final AtomicBoolean databaseFailing = new AtomicBoolean();

    /** Any controller method: the queue only asks whether a controller answers. */
    static HandlerMethod controller() {
        try {
            return new HandlerMethod(new Object(), Object.class.getMethod("toString"));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MockHttpServletRequest request() {
        return new MockHttpServletRequest("GET", "/en/articles");
    }

    private static void enter(PageQueue queue, MockHttpServletRequest request) {
        queue.preHandle(request, new MockHttpServletResponse(), controller());
    }

    private static void leave(PageQueue queue, MockHttpServletRequest request) {
        queue.afterCompletion(request, new MockHttpServletResponse(), controller(), null);
    }

    private static void awaitWaiting(PageQueue queue, int waiting) throws InterruptedException {
        for (int i = 0; i < 1_000 && queue.waiting() < waiting; i++) {
            Thread.sleep(10);
        }
        assertThat(queue.waiting()).as("requests waiting").isEqualTo(waiting);
    }

    @Test
    void waitingRequestsGetTheirPlaceInTheOrderTheyCame() throws Exception {
        var queue = new PageQueue(1, LONG, databaseFailing::get);
        var first = request();
        enter(queue, first);
        List<Integer> admitted = Collections.synchronizedList(new ArrayList<>());
        List<Thread> waiting = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            int number = n;
            waiting.add(Thread.ofVirtual().start(() -> {
                var request = request();
                enter(queue, request);
                admitted.add(number);
                leave(queue, request);
            }));
            awaitWaiting(queue, n);
        }
        assertThat(admitted)
                .as("nobody passes a request that holds the only place")
                .isEmpty();

        leave(queue, first);
        for (Thread thread : waiting) {
            thread.join(LONG);
        }

        assertThat(admitted).containsExactly(1, 2, 3, 4, 5);
        assertThat(queue.free()).isEqualTo(1);
    }

    @Test
    void aNewcomerDoesNotTakeAPlaceThatAWaitingRequestIsOwed() throws Exception {
        var queue = new PageQueue(1, Duration.ofSeconds(1), databaseFailing::get);
        var holder = request();
        enter(queue, holder);
        var waiter = request();
        var waiting = Thread.ofVirtual().start(() -> enter(queue, waiter));
        awaitWaiting(queue, 1);

        // the place is given back and, before the waiting request has woken up, a newcomer asks
        leave(queue, holder);
        assertThatThrownBy(() -> enter(queue, request()))
                .as("the newcomer queues behind the waiting request, which keeps the place")
                .isInstanceOf(PageQueue.Full.class);

        waiting.join(LONG);
        assertThat(waiter.getAttributeNames().hasMoreElements())
                .as("the waiting request got the place")
                .isTrue();
        leave(queue, waiter);
        assertThat(queue.free()).isEqualTo(1);
    }

    @Test
    void aRequestThatFindsNoPlaceInTimeIsRefusedAndHoldsNothing() {
        var queue = new PageQueue(1, Duration.ofMillis(50), databaseFailing::get);
        var holder = request();
        enter(queue, holder);

        var refused = request();
        assertThatThrownBy(() -> enter(queue, refused)).isInstanceOf(PageQueue.Full.class);
        // DispatcherServlet calls afterCompletion only for interceptors that let the request in,
        // but a second call must not free a place the request never had either
        leave(queue, refused);
        assertThat(queue.free()).isZero();

        leave(queue, holder);
        leave(queue, holder);
        assertThat(queue.free()).as("a place is given back once").isEqualTo(1);
    }

    @Test
    void staticFilesForwardsAndErrorPagesNeedNoPlace() {
        var queue = new PageQueue(1, Duration.ofMillis(50), databaseFailing::get);
        var holder = request();
        enter(queue, holder);

        var css = new MockHttpServletRequest("GET", "/css/site.css");
        assertThat(queue.preHandle(css, new MockHttpServletResponse(), new ResourceHttpRequestHandler()))
                .isTrue();
        // the error page of the request that holds the place is rendered in the same request
        var errorPage = new MockHttpServletRequest("GET", "/error");
        errorPage.setDispatcherType(DispatcherType.ERROR);
        enter(queue, errorPage);
        leave(queue, errorPage);

        assertThat(queue.free()).isZero();
        leave(queue, holder);
        assertThat(queue.free()).isEqualTo(1);
    }

    @Test
    void whileTheDatabaseIsFailingRequestsPassWithoutWaiting() {
        var queue = new PageQueue(1, Duration.ofMillis(50), databaseFailing::get);
        enter(queue, request());
        databaseFailing.set(true);

        var passing = request();
        enter(queue, passing);
        leave(queue, passing);

        assertThat(queue.free()).as("the pass took no place and gave none back").isZero();
    }

    @Test
    void atLeastOnePlace() {
        assertThatThrownBy(() -> new PageQueue(0, LONG, () -> false)).isInstanceOf(IllegalArgumentException.class);
    }
}
