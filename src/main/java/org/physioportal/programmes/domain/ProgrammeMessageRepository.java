package org.physioportal.programmes.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProgrammeMessageRepository extends JpaRepository<ProgrammeMessage, Long> {

    @Query("select m from ProgrammeMessage m where m.programmeId = :programmeId order by m.sentAt, m.id")
    List<ProgrammeMessage> thread(long programmeId);

    /** Unread messages to the patient (fromPatient false) or to the therapist (true), per programme. */
    @Query("""
            select m.programmeId, count(m) from ProgrammeMessage m where m.programmeId in :programmeIds
            and m.fromPatient = :fromPatient and m.readAt is null group by m.programmeId""")
    List<Object[]> unread(List<Long> programmeIds, boolean fromPatient);
}
