package org.physioportal.exercises;

import java.util.List;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Teaser;

/** Implemented by the videos module: the videos that demonstrate an exercise. */
public interface ExerciseVideos {

    List<Teaser> forExercise(long exerciseId, Lang lang);
}
