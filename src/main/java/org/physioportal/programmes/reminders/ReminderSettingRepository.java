package org.physioportal.programmes.reminders;

import java.time.LocalTime;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReminderSettingRepository extends JpaRepository<ReminderSetting, Long> {

    /** Patients with a reminder switched on for a time between {@code from} and {@code to}. */
    @Query("""
            select r.patientId from ReminderSetting r where r.enabled = true
            and r.remindAt >= :from and r.remindAt <= :to order by r.patientId""")
    List<Long> dueBetween(LocalTime from, LocalTime to);
}
