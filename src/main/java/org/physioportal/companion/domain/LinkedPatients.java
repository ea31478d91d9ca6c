package org.physioportal.companion.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.physioportal.shared.SqlIds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A therapist's active links as the desk asks for them on every view, hundreds at a time: one
 * statement each, with no entities and no transaction of their own.
 */
@Component
public class LinkedPatients {

    private final JdbcTemplate jdbc;

    LinkedPatients(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the therapist's patients while linked. */
    public List<Long> of(long therapistId) {
        return jdbc.queryForList(
                "select patient_id from care_link where therapist_id = ? and status = 'ACTIVE'",
                Long.class,
                therapistId);
    }

    /** Whether every one of {@code patientIds} is linked to the therapist just now. */
    public boolean allOf(long therapistId, Collection<Long> patientIds) {
        Long linked = jdbc.query(
                "select count(distinct patient_id) from care_link where therapist_id = ? and status = 'ACTIVE'"
                        + " and patient_id = any (?)",
                statement -> {
                    statement.setLong(1, therapistId);
                    SqlIds.bind(statement, 2, patientIds);
                },
                rows -> rows.next() ? rows.getLong(1) : 0L);
        return linked != null && linked == Set.copyOf(patientIds).size();
    }
}
