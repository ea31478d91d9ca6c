package org.physioportal.programmes;

import java.time.DayOfWeek;
import java.util.Set;

/** One exercise of a programme as another module (the demo) prescribes it, by translation group. */
public record PlannedExercise(
        String groupKey,
        int sets,
        Integer reps,
        Integer holdSeconds,
        int restSeconds,
        int timesPerDay,
        Set<DayOfWeek> days,
        String note) {}
