package org.physioportal.programmes.domain;

import java.time.LocalDate;

/**
 * What one item of a patient's programme prescribes, reduced to what adherence counts: from which
 * day, on which weekdays (Monday = bit 0) and how many times a day. Read as a projection for the
 * desk's hundreds of patients, instead of their programmes with every field and note.
 */
public record PlannedDays(long patientId, LocalDate startDate, int weekdays, int timesPerDay) {

    /** How many sessions this item asks for on {@code day} (0 on a day it does not run). */
    int sessionsOn(LocalDate day) {
        return Programme.startedBy(startDate, day) && ProgrammeItem.on(weekdays, day.getDayOfWeek()) ? timesPerDay : 0;
    }
}
