package org.physioportal.programmes.reminders;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The private calendar feed of a patient: the SHA-256 of the token in its address, never the token. */
@Entity
@Table(name = "programme_calendar")
class CalendarToken {

    @Id
    private Long patientId;

    private String tokenHash;
    private Instant createdAt;

    protected CalendarToken() {}

    CalendarToken(long patientId, String tokenHash, Instant createdAt) {
        this.patientId = patientId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    void replace(String tokenHash, Instant now) {
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    long patientId() {
        return patientId;
    }

    Instant createdAt() {
        return createdAt;
    }
}
