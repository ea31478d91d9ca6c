package org.physioportal.editorial.web;

import org.physioportal.editorial.domain.Revisions;
import org.physioportal.editorial.domain.Workflow;
import org.physioportal.exercises.Difficulty;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.media.MediaApi;
import org.physioportal.shared.ContentListings;
import org.physioportal.shared.Lang;
import org.physioportal.taxonomy.TaxonomyApi;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** Exercises in the back office. */
@Controller
@RequestMapping("/admin/exercises")
class ExerciseAdminController extends ContentAdminController<ExerciseForm> {

    private final ExercisesApi exercises;
    private final MediaApi media;
    private final TaxonomyApi taxonomy;

    ExerciseAdminController(
            ExerciseKind kind,
            ContentEditing editing,
            Revisions revisions,
            Workflow workflow,
            ExercisesApi exercises,
            MediaApi media,
            TaxonomyApi taxonomy) {
        super(kind, editing, revisions, workflow, "/admin/exercises");
        this.exercises = exercises;
        this.media = media;
        this.taxonomy = taxonomy;
    }

    @Override
    ContentListings<?> listings() {
        return exercises.listings();
    }

    @Override
    ExerciseForm blank(Lang lang) {
        var form = new ExerciseForm();
        form.setLanguage(lang);
        return form;
    }

    @Override
    String view() {
        return "editorial/exercise-form";
    }

    @Override
    void choices(ModelAndView page, Lang lang, Lang ui) {
        page.addObject("termGroups", taxonomy.byKind(lang))
                .addObject("difficulties", Difficulty.values())
                .addObject("images", media.pictures(lang));
    }
}
