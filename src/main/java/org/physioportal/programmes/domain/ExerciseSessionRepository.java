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
            select s from ExerciseSession s left join fetch s.done
            where s.patientId = :patientId and s.day between :from and :to
            order by s.day, s.createdAt, s.id""")
    List<ExerciseSession> between(long patientId, LocalDate from, LocalDate to);

    /**
     * Per patient with sessions from {@code from14} to {@code today}: how many, the mean pain from
     * {@code from7} and before it, and the last day logged (the desk's figures, in one query for all
     * its patients, reading two weeks of rows).
     */
    @Query("""
            select new org.physioportal.programmes.domain.DiaryTotals(s.patientId, count(s),
              avg(case when s.day >= :from7 then s.pain end),
              avg(case when s.day < :from7 then s.pain end),
              max(s.day))
            from ExerciseSession s where s.patientId in :patientIds and s.day between :from14 and :today
            group by s.patientId""")
    List<DiaryTotals> totals(Collection<Long> patientIds, LocalDate from14, LocalDate from7, LocalDate today);

    /** A patient's last day logged. */
    record LastDay(long patientId, LocalDate day) {}

    /** Per patient with sessions from {@code from} to {@code to}: the last day logged. */
    @Query("""
            select new org.physioportal.programmes.domain.ExerciseSessionRepository$LastDay(s.patientId, max(s.day))
            from ExerciseSession s where s.patientId in :patientIds and s.day between :from and :to
            group by s.patientId""")
    List<LastDay> lastDays(Collection<Long> patientIds, LocalDate from, LocalDate to);

    @Query("select s from ExerciseSession s where s.patientId = :patientId order by s.day, s.createdAt")
    List<ExerciseSession> allOf(long patientId);

    @Modifying
    @Query("delete from ExerciseSession s where s.patientId = :patientId")
    void deleteByPatient(long patientId);
}
