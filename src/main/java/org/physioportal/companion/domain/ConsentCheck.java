package org.physioportal.companion.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whether a patient has consented, asked before every page under {@code /{lang}/my/}: one statement
 * with no entity and no transaction around it.
 */
@Component
public class ConsentCheck {

    private final JdbcTemplate jdbc;

    ConsentCheck(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean given(long patientId) {
        return !jdbc.queryForList("select 1 from health_consent where patient_id = ?", Integer.class, patientId)
                .isEmpty();
    }
}
