package org.physioportal.editorial.web;

import java.time.Instant;
import java.util.Optional;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;
import org.springframework.stereotype.Component;

/** Exercises for the back office, saved through {@link ExercisesApi}. */
@Component
class ExerciseKind implements ContentKind<ExerciseForm> {

    private final ExercisesApi exercises;

    ExerciseKind(ExercisesApi exercises) {
        this.exercises = exercises;
    }

    @Override
    public ContentType type() {
        return ContentType.EXERCISE;
    }

    @Override
    public Class<ExerciseForm> formClass() {
        return ExerciseForm.class;
    }

    @Override
    public Optional<Stored<ExerciseForm>> load(long id) {
        return exercises.draft(id).map(d -> {
            ExerciseForm form = ExerciseForm.of(d.content());
            form.setVersion(d.version());
            return new Stored<>(d.id(), d.version(), d.status(), d.content().publishedAt(), form);
        });
    }

    @Override
    public Optional<Long> idOf(String groupKey, Lang lang) {
        return exercises.idOf(groupKey, lang);
    }

    @Override
    public long create(ExerciseForm form) {
        return exercises.save(form.toExercise(Status.DRAFT, null));
    }

    @Override
    public void update(long id, int version, ExerciseForm form, Status status, Instant publishedAt) {
        exercises.update(id, version, form.toExercise(status, publishedAt));
    }
}
