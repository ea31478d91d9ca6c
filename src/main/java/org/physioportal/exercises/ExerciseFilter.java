package org.physioportal.exercises;

import java.util.Set;

/**
 * What the exercise library is narrowed to: exercises filed under any of {@code regionIds} (a
 * region and the regions below it), under any of {@code equipmentIds}, and of {@code difficulty};
 * an empty set or a null difficulty does not narrow.
 */
public record ExerciseFilter(Set<Long> regionIds, Set<Long> equipmentIds, Difficulty difficulty) {

    public static final ExerciseFilter NONE = new ExerciseFilter(Set.of(), Set.of(), null);

    public ExerciseFilter {
        regionIds = Set.copyOf(regionIds);
        equipmentIds = Set.copyOf(equipmentIds);
    }

    public boolean isEmpty() {
        return regionIds.isEmpty() && equipmentIds.isEmpty() && difficulty == null;
    }

    public ExerciseFilter withRegions(Set<Long> ids) {
        return new ExerciseFilter(ids, equipmentIds, difficulty);
    }

    public ExerciseFilter withEquipment(Set<Long> ids) {
        return new ExerciseFilter(regionIds, ids, difficulty);
    }

    public ExerciseFilter withDifficulty(Difficulty value) {
        return new ExerciseFilter(regionIds, equipmentIds, value);
    }
}
