package org.physioportal.programmes.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ProgrammeRepository extends JpaRepository<Programme, Long> {

    @Query("""
            select p from Programme p where p.patientId = :patientId
            and p.kind = org.physioportal.programmes.domain.Programme.Kind.PROGRAMME
            order by p.startDate desc nulls last, p.id desc""")
    List<Programme> ofPatient(long patientId);

    /** The programmes of several patients with their items, in one query. */
    @Query("""
            select distinct p from Programme p left join fetch p.items where p.patientId in :patientIds
            and p.kind = org.physioportal.programmes.domain.Programme.Kind.PROGRAMME""")
    List<Programme> ofPatients(Collection<Long> patientIds);

    /** The therapist's own templates and the clinic's, clinic ones last. */
    @Query("""
            select p from Programme p where p.kind = org.physioportal.programmes.domain.Programme.Kind.TEMPLATE
            and (p.therapistId = :therapistId or p.clinic = true) order by p.clinic, p.title""")
    List<Programme> templatesFor(long therapistId);

    @Modifying
    @Query("delete from Programme p where p.patientId = :patientId")
    void deleteByPatient(long patientId);
}
