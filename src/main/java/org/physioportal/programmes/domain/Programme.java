package org.physioportal.programmes.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A patient's programme, or a therapist's (or the clinic's) template for one. */
@Entity
public class Programme {

    public enum Kind {
        PROGRAMME,
        TEMPLATE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private Long patientId;
    private Long therapistId;
    private boolean clinic;
    private String title;
    private String aim;
    private LocalDate startDate;
    private LocalDate reviewDate;
    private Instant createdAt;
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "programme_item", joinColumns = @JoinColumn(name = "programme_id"))
    @OrderColumn(name = "position")
    private List<ProgrammeItem> items = new ArrayList<>();

    @Version
    private long version;

    protected Programme() {}

    private Programme(Kind kind, Long patientId, Long therapistId, boolean clinic, Instant now) {
        this.kind = kind;
        this.patientId = patientId;
        this.therapistId = therapistId;
        this.clinic = clinic;
        this.createdAt = now;
    }

    /** A programme for the patient, prescribed by the therapist (null: the patient's own). */
    static Programme forPatient(long patientId, Long therapistId, Instant now) {
        return new Programme(Kind.PROGRAMME, patientId, therapistId, false, now);
    }

    static Programme template(long therapistId, boolean clinic, Instant now) {
        return new Programme(Kind.TEMPLATE, null, therapistId, clinic, now);
    }

    void apply(ProgrammeContent content, Instant now) {
        this.title = content.title();
        this.aim = content.aim();
        this.startDate = content.startDate();
        this.reviewDate = content.reviewDate();
        this.items.clear();
        this.items.addAll(content.items());
        this.updatedAt = now;
    }

    /** What this programme holds, to copy into another (a template assigned to a patient). */
    ProgrammeContent content() {
        return new ProgrammeContent(
                title,
                aim,
                startDate,
                reviewDate,
                items.stream().map(ProgrammeItem::copy).toList());
    }

    void add(ProgrammeItem item, Instant now) {
        items.add(item);
        updatedAt = now;
    }

    public long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public Long patientId() {
        return patientId;
    }

    public Long therapistId() {
        return therapistId;
    }

    public boolean clinic() {
        return clinic;
    }

    public boolean selfManaged() {
        return kind == Kind.PROGRAMME && therapistId == null;
    }

    public String title() {
        return title;
    }

    public String aim() {
        return aim;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate reviewDate() {
        return reviewDate;
    }

    public List<ProgrammeItem> items() {
        return List.copyOf(items);
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Whether the programme runs on the day (started, and not past a review date long gone). */
    public boolean runsOn(LocalDate day) {
        return kind == Kind.PROGRAMME && startedBy(startDate, day);
    }

    /** Whether a programme starting on {@code startDate} (none: at once) has started by the day. */
    static boolean startedBy(LocalDate startDate, LocalDate day) {
        return startDate == null || !day.isBefore(startDate);
    }
}
