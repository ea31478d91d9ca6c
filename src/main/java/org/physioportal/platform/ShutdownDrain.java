package org.physioportal.platform;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On SIGTERM, Spring Boot first reports readiness as refusing traffic; this pause then keeps
 * serving for {@code portal.shutdown.drain} (default 5 s) so that a load balancer polling
 * readiness stops sending new requests before the web server closes its port. Only then does the
 * server's graceful shutdown wait for the requests still running. Stopped before the web server
 * because its phase is higher.
 */
@Component
class ShutdownDrain implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ShutdownDrain.class);

    private final Duration drain;
    private volatile boolean running;

    ShutdownDrain(@Value("${portal.shutdown.drain:5s}") Duration drain) {
        this.drain = drain;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        if (running && !drain.isZero()) {
            log.info("Readiness is down; serving {} ms more while load balancers take note", drain.toMillis());
            try {
                Thread.sleep(drain);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Above the web server's graceful-shutdown phase, so this pause comes first. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
