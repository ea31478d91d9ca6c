package org.physioportal.exercises;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;

/**
 * A published exercise in one language: its stored content as the editor saved it, with its id and
 * last change. A new field of {@link NewExercise} reaches pages as {@code content.field} with no
 * change here; the accessors below are the fields other modules read.
 */
public record ExerciseView(long id, NewExercise content, Instant updatedAt) {

    public ContentRef ref() {
        return new ContentRef(ContentType.EXERCISE, id);
    }

    public String url() {
        return ContentType.EXERCISE.url(lang(), slug());
    }

    public String groupKey() {
        return content.groupKey();
    }

    public Lang lang() {
        return content.lang();
    }

    public String slug() {
        return content.slug();
    }

    public String name() {
        return content.name();
    }

    public String goal() {
        return content.goal();
    }

    public String startingPosition() {
        return content.startingPosition();
    }

    public List<String> steps() {
        return content.steps();
    }

    public String breathing() {
        return content.breathing();
    }

    public List<String> mistakes() {
        return content.mistakes();
    }

    public Integer sets() {
        return content.sets();
    }

    public Integer reps() {
        return content.reps();
    }

    public Integer holdSeconds() {
        return content.holdSeconds();
    }

    public String frequency() {
        return content.frequency();
    }

    public String contraindications() {
        return content.contraindications();
    }

    public Difficulty difficulty() {
        return content.difficulty();
    }

    public Long imageId() {
        return content.imageId();
    }

    public Set<Long> termIds() {
        return content.termIds();
    }

    public Instant publishedAt() {
        return content.publishedAt();
    }
}
