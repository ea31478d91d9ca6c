package org.physioportal.exercises;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Teaser;

/** Implemented by the videos module: the videos that demonstrate an exercise. */
public interface ExerciseVideos {

    List<Teaser> forExercise(long exerciseId, Lang lang);

    /** {@link #forExercise} for several exercises in one go (a patient's day); none: an empty list. */
    Map<Long, List<Teaser>> forExercises(Collection<Long> exerciseIds, Lang lang);
}
