package org.physioportal.editorial.web;

import org.physioportal.editorial.domain.ContentEditing;
import org.physioportal.editorial.domain.GroupKeys;
import org.physioportal.editorial.domain.WorkflowSteps;
import org.physioportal.exercises.Difficulty;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.exercises.NewExercise;
import org.physioportal.media.MediaApi;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.taxonomy.TaxonomyApi;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** Exercises in the back office. */
@Controller
@RequestMapping("/admin/exercises")
class ExerciseAdminController extends ContentAdminController<ExerciseForm, NewExercise> {

    private final ExercisesApi exercises;
    private final MediaApi media;
    private final TaxonomyApi taxonomy;

    ExerciseAdminController(
            ContentEditing editing,
            WorkflowSteps steps,
            ContentFormPage pages,
            GroupKeys groupKeys,
            ExercisesApi exercises,
            MediaApi media,
            TaxonomyApi taxonomy) {
        super(ContentType.EXERCISE, editing, steps, pages, groupKeys);
        this.exercises = exercises;
        this.media = media;
        this.taxonomy = taxonomy;
    }

    @Override
    ExerciseForm blank(Lang lang) {
        var form = new ExerciseForm();
        form.setLanguage(lang);
        return form;
    }

    @Override
    ExerciseForm form(NewExercise content) {
        return ExerciseForm.of(content);
    }

    @Override
    void choices(ModelAndView page, ExerciseForm form, Lang lang, Lang ui) {
        page.addObject("termGroups", taxonomy.byKind(lang))
                .addObject("difficulties", Difficulty.values())
                .addObject("images", media.pictures(lang));
    }
}
