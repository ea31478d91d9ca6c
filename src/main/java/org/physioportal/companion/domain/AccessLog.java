package org.physioportal.companion.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import org.physioportal.shared.SqlIds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The access record's writes. A therapist's view of one patient or many at once (the desk, 50 a
 * page) is recorded in one statement, which writes an entry only for those of them the therapist is
 * linked to and whose account exists: the check and the record are one step. The record has no
 * foreign keys (V2600), so what their cascade did is done here: a deleted account's entries are
 * removed with its health data, again right after its deletion commits (a view in flight at that
 * moment may still have written one), and by a daily sweep as the last safety net.
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

    /** The account is gone: its entries as a patient are deleted, and its id as a therapist is dropped (the name stays). */
    public void forget(long accountId) {
        jdbc.update("delete from health_access where patient_id = ?", accountId);
        jdbc.update("update health_access set therapist_id = null where therapist_id = ?", accountId);
    }

    /** Entries of accounts that no longer exist: deleted, and therapist ids dropped; returns how many rows changed. */
    public int sweep() {
        return jdbc.update(
                        "delete from health_access h where not exists (select 1 from account a where a.id = h.patient_id)")
                + jdbc.update("update health_access h set therapist_id = null where h.therapist_id is not null"
                        + " and not exists (select 1 from account a where a.id = h.therapist_id)");
    }
}
