package org.physioportal.programmes.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.physioportal.companion.HealthDataSection;
import org.springframework.stereotype.Component;

/** The patient's programmes in "export everything" and "delete everything". */
@Component
class ProgrammesSection implements HealthDataSection {

    private final ProgrammeRepository programmes;
    private final DeskFigures figures;

    ProgrammesSection(ProgrammeRepository programmes, DeskFigures figures) {
        this.programmes = programmes;
        this.figures = figures;
    }

    @Override
    public String key() {
        return "programmes";
    }

    @Override
    public List<Map<String, Object>> export(long patientId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Programme p : programmes.ofPatient(patientId)) {
            int position = 0;
            for (ProgrammeItem item : p.items()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("programme", p.title());
                row.put("aim", p.aim());
                row.put("start_date", p.startDate() == null ? "" : p.startDate().toString());
                row.put(
                        "review_date",
                        p.reviewDate() == null ? "" : p.reviewDate().toString());
                row.put("self_managed", p.selfManaged());
                row.put("position", ++position);
                row.put("exercise", item.exerciseGroup());
                row.put("sets", item.sets() == null ? "" : item.sets());
                row.put("reps", item.reps() == null ? "" : item.reps());
                row.put("hold_seconds", item.holdSeconds() == null ? "" : item.holdSeconds());
                row.put("rest_seconds", item.restSeconds());
                row.put("times_per_day", item.timesPerDay());
                row.put("days", item.days().toString());
                row.put("note", item.note());
                rows.add(row);
            }
        }
        return rows;
    }

    @Override
    public void deleteAll(long patientId) {
        programmes.deleteByPatient(patientId);
        figures.changed(patientId);
    }
}
