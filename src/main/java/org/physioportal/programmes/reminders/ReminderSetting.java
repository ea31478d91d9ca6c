package org.physioportal.programmes.reminders;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalTime;

/** A patient's choice of an e-mail reminder of the day's exercises: on or off, at a time (clinic time). */
@Entity
@Table(name = "programme_reminder")
class ReminderSetting {

    @Id
    private Long patientId;

    private boolean enabled;
    private LocalTime remindAt;
    private Instant updatedAt;

    protected ReminderSetting() {}

    ReminderSetting(long patientId) {
        this.patientId = patientId;
    }

    void change(boolean enabled, LocalTime remindAt, Instant now) {
        this.enabled = enabled;
        this.remindAt = remindAt;
        this.updatedAt = now;
    }

    long patientId() {
        return patientId;
    }

    boolean enabled() {
        return enabled;
    }

    LocalTime remindAt() {
        return remindAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
