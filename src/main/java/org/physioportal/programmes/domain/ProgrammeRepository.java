package org.physioportal.programmes.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ProgrammeRepository extends JpaRepository<Programme, Long> {

    @Query("""
            select p from Programme p left join fetch p.items where p.patientId = :patientId
            and p.kind = org.physioportal.programmes.domain.Programme.Kind.PROGRAMME
            order by p.startDate desc nulls last, p.id desc""")
    List<Programme> ofPatient(long patientId);

    /** What the programmes of several patients prescribe, an item a row, in one query (the desk). */
    @Query("""
            select new org.physioportal.programmes.domain.PlannedDays(p.patientId, p.startDate, i.weekdays, i.timesPerDay)
            from Programme p join p.items i where p.patientId in :patientIds
            and p.kind = org.physioportal.programmes.domain.Programme.Kind.PROGRAMME""")
    List<PlannedDays> plansOf(Collection<Long> patientIds);

    /** The therapist's own templates and the clinic's, clinic ones last. */
    @Query("""
            select p from Programme p where p.kind = org.physioportal.programmes.domain.Programme.Kind.TEMPLATE
            and (p.therapistId = :therapistId or p.clinic = true) order by p.clinic, p.title""")
    List<Programme> templatesFor(long therapistId);

    @Modifying
    @Query("delete from Programme p where p.patientId = :patientId")
    void deleteByPatient(long patientId);
}
