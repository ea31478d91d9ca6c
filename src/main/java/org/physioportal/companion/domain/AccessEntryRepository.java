package org.physioportal.companion.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccessEntryRepository extends JpaRepository<AccessEntry, Long> {

    @Query("select a from AccessEntry a where a.patientId = :patientId order by a.seenAt desc, a.id desc")
    List<AccessEntry> newestOf(long patientId, Pageable page);

    @Modifying
    @Query("delete from AccessEntry a where a.patientId = :patientId")
    void deleteByPatient(long patientId);
}
