package org.physioportal.programmes.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ExerciseSessionRepository extends JpaRepository<ExerciseSession, Long> {

    Optional<ExerciseSession> findByPatientIdAndClientKey(long patientId, String clientKey);

    @Query("""
            select s from ExerciseSession s where s.patientId = :patientId and s.day between :from and :to
            order by s.day, s.createdAt""")
    List<ExerciseSession> between(long patientId, LocalDate from, LocalDate to);

    @Query("select s from ExerciseSession s where s.patientId = :patientId order by s.day, s.createdAt")
    List<ExerciseSession> allOf(long patientId);

    @Modifying
    @Query("delete from ExerciseSession s where s.patientId = :patientId")
    void deleteByPatient(long patientId);
}
