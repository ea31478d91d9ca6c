package org.physioportal.platform;

import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Makes the files in the private data directory owner-only ({@link DataDirectory#ownerOnly}) once
 * the application is up (the database is open by then) and every minute after, for the files H2
 * and the index create later with the process's umask. Each node does its own directory.
 */
@Component
class PrivateDataFiles {

    private static final Logger log = LoggerFactory.getLogger(PrivateDataFiles.class);

    private final Path dir;

    PrivateDataFiles(@Value("${portal.data-dir:./data}") Path dir) {
        this.dir = dir;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void onReadyAndEveryMinute() {
        tighten();
    }

    /** The files it made owner-only. */
    List<Path> tighten() {
        List<Path> changed = DataDirectory.ownerOnly(dir);
        if (!changed.isEmpty()) {
            log.debug("Made owner-only: {}", changed);
        }
        return changed;
    }
}
