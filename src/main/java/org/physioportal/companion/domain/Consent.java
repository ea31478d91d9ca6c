package org.physioportal.companion.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A patient's consent to keep their health data, with the version of the text they read. */
@Entity
@Table(name = "health_consent")
public class Consent {

    /** The version of the consent text ({@code consent.*} messages); a new text asks again. */
    public static final int CURRENT_VERSION = 1;

    @Id
    private Long patientId;

    private int version;
    private Instant givenAt;

    protected Consent() {}

    public Consent(long patientId, Instant givenAt) {
        this.patientId = patientId;
        this.version = CURRENT_VERSION;
        this.givenAt = givenAt;
    }

    public Instant givenAt() {
        return givenAt;
    }
}
