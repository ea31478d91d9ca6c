package org.physioportal.programmes.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A message about a programme, from the patient or from the therapist. */
@Entity
public class ProgrammeMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long programmeId;
    private Long senderId;
    private boolean fromPatient;
    private String body;
    private Instant sentAt;
    private Instant readAt;

    protected ProgrammeMessage() {}

    ProgrammeMessage(long programmeId, long senderId, boolean fromPatient, String body, Instant now) {
        this.programmeId = programmeId;
        this.senderId = senderId;
        this.fromPatient = fromPatient;
        this.body = body;
        this.sentAt = now;
    }

    void read(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public boolean fromPatient() {
        return fromPatient;
    }

    public String body() {
        return body;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public boolean unread() {
        return readAt == null;
    }
}
