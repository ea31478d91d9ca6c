package org.physioportal.editorial.web;

import org.physioportal.exercises.Difficulty;
import org.physioportal.exercises.NewExercise;
import org.physioportal.media.MediaApi;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.taxonomy.TaxonomyApi;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** Exercises in the back office: the form is {@link NewExercise}'s; this adds its pickers. */
@Controller
@RequestMapping("/admin/exercises")
class ExerciseAdminController extends ContentAdminController<NewExercise> {

    private final MediaApi media;
    private final TaxonomyApi taxonomy;

    ExerciseAdminController(ContentAdminParts parts, MediaApi media, TaxonomyApi taxonomy) {
        super(ContentType.EXERCISE, NewExercise.class, parts);
        this.media = media;
        this.taxonomy = taxonomy;
    }

    @Override
    RecordForm blank(Lang lang) {
        RecordForm form = super.blank(lang);
        form.set("difficulty", Difficulty.EASY);
        return form;
    }

    @Override
    void choices(ModelAndView page, RecordForm form, Lang lang, Lang ui) {
        page.addObject("termGroups", taxonomy.byKind(lang))
                .addObject("difficulties", Difficulty.values())
                .addObject("images", media.pictures(lang));
    }
}
