package org.physioportal.programmes.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.physioportal.companion.HealthDataSection;
import org.springframework.stereotype.Component;

/** The messages about the patient's programmes in "export everything" (deleted with the programmes). */
@Component
class MessagesSection implements HealthDataSection {

    private final ProgrammeRepository programmes;
    private final ProgrammeMessageRepository messages;

    MessagesSection(ProgrammeRepository programmes, ProgrammeMessageRepository messages) {
        this.programmes = programmes;
        this.messages = messages;
    }

    @Override
    public String key() {
        return "messages";
    }

    @Override
    public List<Map<String, Object>> export(long patientId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Programme p : programmes.ofPatient(patientId)) {
            for (ProgrammeMessage m : messages.thread(p.id())) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("programme", p.title());
                row.put("from", m.fromPatient() ? "patient" : "therapist");
                row.put("sent_at", m.sentAt().toString());
                row.put("text", m.body());
                rows.add(row);
            }
        }
        return rows;
    }

    @Override
    public void deleteAll(long patientId) {
        // removed with the programmes (on delete cascade)
    }
}
