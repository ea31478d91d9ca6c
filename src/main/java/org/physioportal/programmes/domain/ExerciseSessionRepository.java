package org.physioportal.programmes.domain;

import java.time.LocalDate;
import java.util.Collection;
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

    /**
     * Per patient with sessions from {@code from60} to {@code today}: how many since {@code from14},
     * the mean pain from {@code from7} and from {@code from14} to the day before {@code from7}, and
     * the last day logged (the desk's figures, in one query for all its patients).
     */
    @Query("""
            select new org.physioportal.programmes.domain.DiaryTotals(s.patientId,
              sum(case when s.day >= :from14 then 1 else 0 end),
              avg(case when s.day >= :from7 then s.pain end),
              avg(case when s.day >= :from14 and s.day < :from7 then s.pain end),
              max(s.day))
            from ExerciseSession s where s.patientId in :patientIds and s.day between :from60 and :today
            group by s.patientId""")
    List<DiaryTotals> totals(
            Collection<Long> patientIds, LocalDate from60, LocalDate from14, LocalDate from7, LocalDate today);

    @Query("select s from ExerciseSession s where s.patientId = :patientId order by s.day, s.createdAt")
    List<ExerciseSession> allOf(long patientId);

    @Modifying
    @Query("delete from ExerciseSession s where s.patientId = :patientId")
    void deleteByPatient(long patientId);
}
