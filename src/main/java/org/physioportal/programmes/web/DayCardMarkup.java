package org.physioportal.programmes.web;

import java.util.HashMap;
import java.util.List;
import java.util.Set;
import org.physioportal.exercises.ExerciseView;
import org.physioportal.media.MediaView;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Teaser;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The public parts of an exercise on the patient's day (its picture; its steps with the links to
 * the exercise page and its videos), rendered once from {@code programmes/_day_card.html} and kept
 * with the card ({@link ExerciseCards}) instead of rendered on every day page: they were a third of
 * the day page's template work and are the same for every patient. Nothing of a patient's reaches
 * them.
 */
@Component
class DayCardMarkup {

    /** The two parts, HTML the day page writes as it is. */
    record Parts(String picture, String guide) {}

    private static final String TEMPLATE = "programmes/_day_card";

    private final ITemplateEngine templates;

    DayCardMarkup(ITemplateEngine templates) {
        this.templates = templates;
    }

    Parts render(ExerciseView exercise, MediaView picture, List<Teaser> videos, Lang lang) {
        var variables = new HashMap<String, Object>(); // the picture may be null
        variables.put("exercise", exercise);
        variables.put("picture", picture);
        variables.put("videos", videos);
        var context = new Context(lang.locale(), variables);
        return new Parts(
                templates.process(TEMPLATE, Set.of("picture"), context).strip(),
                templates.process(TEMPLATE, Set.of("guide"), context).strip());
    }
}
