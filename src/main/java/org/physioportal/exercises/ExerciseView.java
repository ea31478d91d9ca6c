package org.physioportal.exercises;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;

/** A published exercise in one language, everything its page shows. */
public record ExerciseView(
        long id,
        String groupKey,
        Lang lang,
        String slug,
        String name,
        String goal,
        String startingPosition,
        List<String> steps,
        String breathing,
        List<String> mistakes,
        Integer sets,
        Integer reps,
        Integer holdSeconds,
        String frequency,
        String contraindications,
        Difficulty difficulty,
        Long imageId,
        Set<Long> termIds,
        Instant publishedAt,
        Instant updatedAt) {

    public ContentRef ref() {
        return new ContentRef(ContentType.EXERCISE, id);
    }

    public String url() {
        return ContentType.EXERCISE.url(lang, slug);
    }
}
