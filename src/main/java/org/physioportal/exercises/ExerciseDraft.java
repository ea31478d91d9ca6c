package org.physioportal.exercises;

import java.time.Instant;
import org.physioportal.shared.Status;

/** An exercise in any status, as the back office edits it: what was saved and the version it has. */
public record ExerciseDraft(long id, int version, Status status, Instant updatedAt, NewExercise content) {}
