package org.physioportal.programmes.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.physioportal.companion.HealthDataSection;
import org.springframework.stereotype.Component;

/** The session diary in "export everything" and "delete everything". */
@Component
class SessionsSection implements HealthDataSection {

    private final ExerciseSessionRepository sessions;
    private final DeskFigures figures;

    SessionsSection(ExerciseSessionRepository sessions, DeskFigures figures) {
        this.sessions = sessions;
        this.figures = figures;
    }

    @Override
    public String key() {
        return "sessions";
    }

    @Override
    public List<Map<String, Object>> export(long patientId) {
        return sessions.allOf(patientId).stream()
                .map(s -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("day", s.day().toString());
                    row.put("pain_nprs", s.pain());
                    row.put("effort", s.effort());
                    row.put("note", s.note());
                    row.put("exercises_done", String.join(" ", new TreeSet<>(s.done())));
                    row.put("logged_at", s.createdAt().toString());
                    return row;
                })
                .toList();
    }

    @Override
    public void deleteAll(long patientId) {
        sessions.deleteByPatient(patientId);
        figures.changed(patientId);
    }
}
