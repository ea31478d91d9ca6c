package org.physioportal.programmes.domain;

import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/**
 * One exercise of a programme (by translation group) with its dosage: sets and either reps or a hold
 * time, rest between sets, times per day, the days of the week (a bit each, Monday = 1) and a note.
 */
@Embeddable
public class ProgrammeItem {

    private String exerciseGroup;
    private Integer sets;
    private Integer reps;
    private Integer holdSeconds;
    private int restSeconds;
    private int timesPerDay;
    private int weekdays;
    private String note;

    protected ProgrammeItem() {}

    public ProgrammeItem(
            String exerciseGroup,
            Integer sets,
            Integer reps,
            Integer holdSeconds,
            int restSeconds,
            int timesPerDay,
            Set<DayOfWeek> days,
            String note) {
        this.exerciseGroup = exerciseGroup;
        this.sets = sets;
        this.reps = reps;
        this.holdSeconds = holdSeconds;
        this.restSeconds = restSeconds;
        this.timesPerDay = timesPerDay;
        this.weekdays = mask(days);
        this.note = note == null ? "" : note;
    }

    static int mask(Set<DayOfWeek> days) {
        int mask = 0;
        for (DayOfWeek day : days) {
            mask |= 1 << (day.getValue() - 1);
        }
        return mask;
    }

    public String exerciseGroup() {
        return exerciseGroup;
    }

    public Integer sets() {
        return sets;
    }

    public Integer reps() {
        return reps;
    }

    public Integer holdSeconds() {
        return holdSeconds;
    }

    public int restSeconds() {
        return restSeconds;
    }

    public int timesPerDay() {
        return timesPerDay;
    }

    public Set<DayOfWeek> days() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (on(day)) {
                days.add(day);
            }
        }
        return days;
    }

    public boolean on(DayOfWeek day) {
        return on(weekdays, day);
    }

    /** Whether a weekday mask (Monday = bit 0, as {@link #mask} makes it) holds the day. */
    static boolean on(int weekdays, DayOfWeek day) {
        return (weekdays & (1 << (day.getValue() - 1))) != 0;
    }

    public String note() {
        return note;
    }

    ProgrammeItem copy() {
        return new ProgrammeItem(exerciseGroup, sets, reps, holdSeconds, restSeconds, timesPerDay, days(), note);
    }
}
