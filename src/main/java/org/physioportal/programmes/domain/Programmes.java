package org.physioportal.programmes.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.physioportal.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing programmes and templates. Who may write what is checked by the callers (the web layer asks
 * {@code PatientAccess}); this class keeps each change whole: a programme and its items, or every
 * copy of an assigned template, are saved in one transaction.
 */
@Service
@Transactional
public class Programmes {

    private final ProgrammeRepository programmes;
    private final DeskFigures figures;
    private final Clock clock;

    Programmes(ProgrammeRepository programmes, DeskFigures figures, Clock clock) {
        this.programmes = programmes;
        this.figures = figures;
        this.clock = clock;
    }

    /** A new programme for the patient; {@code therapistId} null for the patient's own. */
    public long create(long patientId, Long therapistId, ProgrammeContent content) {
        Programme programme = Programme.forPatient(patientId, therapistId, clock.instant());
        programme.apply(content, clock.instant());
        figures.changed(patientId);
        return programmes.save(programme).id();
    }

    public long createTemplate(long therapistId, boolean clinic, ProgrammeContent content) {
        Programme template = Programme.template(therapistId, clinic, clock.instant());
        template.apply(content, clock.instant());
        return programmes.save(template).id();
    }

    public void update(long id, ProgrammeContent content) {
        Programme programme = find(id).orElseThrow(() -> new NotFoundException("programme"));
        programme.apply(content, clock.instant());
        if (programme.patientId() != null) {
            figures.changed(programme.patientId());
        }
    }

    /** A copy of the template for each patient, starting on {@code start}. */
    public void assign(long templateId, long therapistId, List<Long> patientIds, LocalDate start) {
        Programme template = templateFor(templateId, therapistId).orElseThrow(() -> new NotFoundException("template"));
        ProgrammeContent content = template.content();
        var dated = new ProgrammeContent(content.title(), content.aim(), start, null, content.items());
        // in the order of their ids: each locks the patient's desk figures until the commit
        patientIds.stream().sorted().distinct().forEach(patientId -> create(patientId, therapistId, dated));
    }

    /** Adds the items to the patient's own programme {@code programmeId}, or to a new one titled {@code title}. */
    public long addToOwn(long patientId, Long programmeId, String title, List<ProgrammeItem> items) {
        if (programmeId == null) {
            return create(patientId, null, new ProgrammeContent(title, "", LocalDate.now(clock), null, items));
        }
        Programme programme = find(programmeId)
                .filter(p -> p.selfManaged() && p.patientId() == patientId)
                .orElseThrow(() -> new NotFoundException("programme"));
        items.forEach(item -> programme.add(item, clock.instant()));
        figures.changed(patientId);
        return programme.id();
    }

    @Transactional(readOnly = true)
    public Optional<Programme> find(long id) {
        return programmes.findById(id);
    }

    @Transactional(readOnly = true)
    public List<Programme> ofPatient(long patientId) {
        return programmes.ofPatient(patientId);
    }

    @Transactional(readOnly = true)
    public List<Programme> templatesFor(long therapistId) {
        return programmes.templatesFor(therapistId);
    }

    /** A template the therapist may use: their own or the clinic's. */
    @Transactional(readOnly = true)
    public Optional<Programme> templateFor(long id, long therapistId) {
        return programmes
                .findById(id)
                .filter(p -> p.kind() == Programme.Kind.TEMPLATE && (p.clinic() || p.therapistId() == therapistId));
    }
}
