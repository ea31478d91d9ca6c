package org.physioportal.companion.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CareLinkRepository extends JpaRepository<CareLink, Long> {

    @Query("""
            select count(l) > 0 from CareLink l where l.therapistId = :therapistId and l.patientId = :patientId
            and l.status = org.physioportal.companion.domain.CareLink.Status.ACTIVE""")
    boolean isLinked(long therapistId, long patientId);

    @Query("""
            select l.therapistId from CareLink l where l.patientId = :patientId
            and l.status = org.physioportal.companion.domain.CareLink.Status.ACTIVE""")
    List<Long> activeTherapistIds(long patientId);

    Optional<CareLink> findByTokenHash(String tokenHash);

    @Query("""
            select l from CareLink l where l.therapistId = :therapistId
            and l.status <> org.physioportal.companion.domain.CareLink.Status.ENDED order by l.createdAt desc""")
    List<CareLink> openOfTherapist(long therapistId);

    /** The patient's links and the invitations sent to their address, newest first. */
    @Query("""
            select l from CareLink l where (l.patientId = :patientId or (l.inviteEmail = :email
            and l.status = org.physioportal.companion.domain.CareLink.Status.INVITED)) order by l.createdAt desc""")
    List<CareLink> ofPatient(long patientId, String email);

    List<CareLink> findByPatientId(long patientId);
}
