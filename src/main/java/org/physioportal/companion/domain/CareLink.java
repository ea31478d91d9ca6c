package org.physioportal.companion.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A therapist's link to a patient: invited by e-mail, active once the patient accepts, ended by
 * either side. Only the SHA-256 of the invitation token is kept.
 */
@Entity
public class CareLink {

    public enum Status {
        INVITED,
        ACTIVE,
        ENDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long therapistId;
    private Long patientId;
    private String inviteEmail;
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant createdAt;
    private Instant acceptedAt;
    private Instant endedAt;
    private Long endedBy;

    protected CareLink() {}

    CareLink(long therapistId, String inviteEmail, String tokenHash, Instant now) {
        this.therapistId = therapistId;
        this.inviteEmail = inviteEmail;
        this.tokenHash = tokenHash;
        this.status = Status.INVITED;
        this.createdAt = now;
    }

    void accept(long patientId, Instant now) {
        this.patientId = patientId;
        this.status = Status.ACTIVE;
        this.acceptedAt = now;
    }

    void end(long by, Instant now) {
        this.status = Status.ENDED;
        this.endedAt = now;
        this.endedBy = by;
    }

    public long id() {
        return id;
    }

    public long therapistId() {
        return therapistId;
    }

    public Long patientId() {
        return patientId;
    }

    public String inviteEmail() {
        return inviteEmail;
    }

    public Status status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }
}
