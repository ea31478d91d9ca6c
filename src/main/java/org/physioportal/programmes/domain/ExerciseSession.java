package org.physioportal.programmes.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** One logged session: the day, the exercises done, pain now (NPRS 0-10), effort (1-5) and a note. */
@Entity
public class ExerciseSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long patientId;
    private Long programmeId;

    @Column(name = "session_day")
    private LocalDate day;

    private String clientKey;
    private int pain;
    private int effort;
    private String note;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "session_exercise", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "exercise_group")
    private Set<String> done = new HashSet<>();

    protected ExerciseSession() {}

    ExerciseSession(NewSession session, long patientId, Instant now) {
        this.patientId = patientId;
        this.programmeId = session.programmeId();
        this.day = session.day();
        this.clientKey = session.clientKey();
        this.pain = session.pain();
        this.effort = session.effort();
        this.note = session.note();
        this.done.addAll(session.done());
        this.createdAt = now;
    }

    public long id() {
        return id;
    }

    public Long programmeId() {
        return programmeId;
    }

    public LocalDate day() {
        return day;
    }

    public int pain() {
        return pain;
    }

    public int effort() {
        return effort;
    }

    public String note() {
        return note;
    }

    public Set<String> done() {
        return Set.copyOf(done);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
