package org.physioportal.companion.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One view of a patient's data by a therapist: who, when, what (a label, never the data); written by {@link AccessLog}. */
@Entity
@Table(name = "health_access")
public class AccessEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long patientId;
    private Long therapistId;
    private String therapistName;
    private Instant seenAt;
    private String what;

    protected AccessEntry() {}

    public long patientId() {
        return patientId;
    }

    public Long therapistId() {
        return therapistId;
    }

    public String therapistName() {
        return therapistName;
    }

    public Instant seenAt() {
        return seenAt;
    }

    public String what() {
        return what;
    }
}
