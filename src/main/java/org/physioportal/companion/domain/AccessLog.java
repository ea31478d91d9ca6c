package org.physioportal.companion.domain;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes many access entries in one JDBC batch (one round trip): the desk records a view for each of a
 * therapist's patients, hundreds at a time, which JPA would insert one by one (identity keys).
 */
@Component
public class AccessLog {

    private final JdbcTemplate jdbc;

    AccessLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void saveAll(List<AccessEntry> entries) {
        jdbc.batchUpdate(
                "insert into health_access (patient_id, therapist_id, therapist_name, seen_at, what) values (?, ?, ?, ?, ?)",
                entries,
                500,
                (statement, entry) -> {
                    statement.setLong(1, entry.patientId());
                    statement.setLong(2, entry.therapistId());
                    statement.setString(3, entry.therapistName());
                    statement.setTimestamp(4, Timestamp.from(entry.seenAt()));
                    statement.setString(5, entry.what());
                });
    }
}
