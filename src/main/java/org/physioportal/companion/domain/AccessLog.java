package org.physioportal.companion.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import org.physioportal.shared.SqlIds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records a therapist's view of many patients at once (the desk, 50 a page) in one statement, which
 * writes an entry only for those of them the therapist is linked to: the check and the record are
 * one step, with no window between them.
 */
@Component
public class AccessLog {

    private final JdbcTemplate jdbc;

    AccessLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes one entry per linked patient among {@code patientIds}; returns how many were written. */
    public int recordLinked(
            long therapistId, String therapistName, Collection<Long> patientIds, String what, Instant seenAt) {
        return jdbc.update(
                "insert into health_access (patient_id, therapist_id, therapist_name, seen_at, what)"
                        + " select a.id, ?, ?, ?, ? from account a where a.id = any (?) and exists ("
                        + "select 1 from care_link l where l.patient_id = a.id and l.therapist_id = ? and l.status = 'ACTIVE')",
                statement -> {
                    statement.setLong(1, therapistId);
                    statement.setString(2, therapistName);
                    statement.setTimestamp(3, Timestamp.from(seenAt));
                    statement.setString(4, what);
                    SqlIds.bind(statement, 5, patientIds);
                    statement.setLong(6, therapistId);
                });
    }
}
