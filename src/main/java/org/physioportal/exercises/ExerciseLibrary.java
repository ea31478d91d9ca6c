package org.physioportal.exercises;

import java.time.Instant;
import java.util.List;
import org.physioportal.exercises.domain.Exercise;
import org.physioportal.exercises.domain.ExerciseFilters;
import org.physioportal.exercises.domain.ExerciseRepository;
import org.physioportal.shared.Lang;
import org.physioportal.shared.PageParams;
import org.physioportal.shared.PageResult;
import org.physioportal.shared.Teaser;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The exercise library narrowed by body region, equipment and difficulty, with the counts behind each choice. */
@Service
@Transactional(readOnly = true)
public class ExerciseLibrary {

    private final ExerciseRepository exercises;
    private final ExercisesApi api;

    ExerciseLibrary(ExerciseRepository exercises, ExercisesApi api) {
        this.exercises = exercises;
        this.api = api;
    }

    /** A page of the published exercises that match, newest first (the plain listing when nothing narrows it). */
    public PageResult<Teaser> page(Lang lang, ExerciseFilter filter, PageParams params) {
        if (filter.isEmpty()) {
            return api.page(lang, params);
        }
        var page = exercises.findAll(
                ExerciseFilters.matching(lang, Instant.now(), filter),
                PageRequest.of(params.page() - 1, params.size(), ExerciseFilters.NEWEST_FIRST));
        List<Long> ids = page.getContent().stream().map(Exercise::id).toList();
        return new PageResult<>(api.teasers(ids, lang), params.page(), params.size(), page.getTotalElements());
    }

    /** How many published exercises of the language match. */
    public long count(Lang lang, ExerciseFilter filter) {
        return exercises.count(ExerciseFilters.matching(lang, Instant.now(), filter));
    }
}
