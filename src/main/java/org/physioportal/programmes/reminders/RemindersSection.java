package org.physioportal.programmes.reminders;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.physioportal.companion.HealthDataSection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The reminder choice, the days a reminder went out and the calendar feed (its date, never the token). */
@Component
class RemindersSection implements HealthDataSection {

    private final ReminderSettingRepository settings;
    private final CalendarTokenRepository tokens;
    private final JdbcTemplate jdbc;

    RemindersSection(ReminderSettingRepository settings, CalendarTokenRepository tokens, JdbcTemplate jdbc) {
        this.settings = settings;
        this.tokens = tokens;
        this.jdbc = jdbc;
    }

    @Override
    public String key() {
        return "reminders";
    }

    @Override
    public List<Map<String, Object>> export(long patientId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        settings.findById(patientId).ifPresent(s -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", "email_reminder");
            row.put("enabled", s.enabled());
            row.put("time", s.remindAt().toString());
            row.put("changed_at", s.updatedAt().toString());
            rows.add(row);
        });
        tokens.findById(patientId)
                .ifPresent(t -> rows.add(Map.of(
                        "kind", "calendar_feed", "created_at", t.createdAt().toString())));
        jdbc.queryForList(
                        "select sent_on from programme_reminder_sent where patient_id = ? order by sent_on",
                        java.time.LocalDate.class,
                        patientId)
                .forEach(day -> rows.add(Map.of("kind", "reminder_sent", "day", day.toString())));
        return rows;
    }

    @Override
    public void deleteAll(long patientId) {
        settings.findById(patientId).ifPresent(settings::delete);
        tokens.findById(patientId).ifPresent(tokens::delete);
        jdbc.update("delete from programme_reminder_sent where patient_id = ?", patientId);
    }
}
