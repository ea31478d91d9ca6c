package org.physioportal.companion.domain;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A therapist's active links as the desk asks for them on every view, hundreds at a time: one
 * statement, with no entities and no transaction of its own.
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
}
