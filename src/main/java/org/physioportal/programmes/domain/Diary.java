package org.physioportal.programmes.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The session diary. A session is stored once per client-made key: logging the same form again
 * (a double tap, a retry after a lost connection, an offline queue) returns the stored one.
 */
@Service
@Transactional
public class Diary {

    /** The clinic's day: "today" and the weekdays of a programme are counted in this zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Prague");

    private final ExerciseSessionRepository sessions;
    private final DeskFigures figures;
    private final Clock clock;

    Diary(ExerciseSessionRepository sessions, DeskFigures figures, Clock clock) {
        this.sessions = sessions;
        this.figures = figures;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** Stores the session unless one with its key exists; returns whether it was new. */
    public boolean log(long patientId, NewSession session) {
        if (sessions.findByPatientIdAndClientKey(patientId, session.clientKey()).isPresent()) {
            return false;
        }
        try {
            sessions.saveAndFlush(new ExerciseSession(session, patientId, clock.instant()));
        } catch (DataIntegrityViolationException raced) {
            // the same key arrived twice at once: the other request stored it
            return false;
        }
        figures.changed(patientId);
        return true;
    }

    @Transactional(readOnly = true)
    public List<ExerciseSession> between(long patientId, LocalDate from, LocalDate to) {
        return sessions.between(patientId, from, to);
    }
}
