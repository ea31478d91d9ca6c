package org.physioportal.programmes.web;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.physioportal.exercises.ExerciseView;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.platform.Pages;
import org.physioportal.programmes.domain.Diary;
import org.physioportal.programmes.domain.Programme;
import org.physioportal.programmes.domain.ProgrammeContent;
import org.physioportal.programmes.domain.ProgrammeItem;
import org.physioportal.programmes.domain.Progress;
import org.physioportal.shared.Lang;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one programme form page (used for a patient's programme, a template and a self-managed
 * programme) and the exercises it offers, read through the exercises module's API.
 */
@Component
class ProgrammeViews {

    private final ExercisesApi exercises;
    private final Pages pages;
    private final Progress progress;
    private final Diary diary;

    ProgrammeViews(ExercisesApi exercises, Pages pages, Progress progress, Diary diary) {
        this.exercises = exercises;
        this.pages = pages;
        this.progress = progress;
        this.diary = diary;
    }

    /** The patient's last eight weeks: adherence and pain, charts and tables. */
    ModelAndView withProgress(ModelAndView page, long patientId) {
        Progress.Summary summary = progress.summary(patientId, diary.today(), 8);
        return page.addObject("summary", summary)
                .addObject("adherenceSvg", Charts.adherence(summary.weeks()))
                .addObject("painSvg", Charts.pain(summary.pain()));
    }

    String message(Lang lang, String key) {
        return pages.message(lang, key);
    }

    /** The published exercises of the language by group, for the picker and the checks. */
    Map<String, ExerciseView> choices(Lang lang) {
        return exercises.allPublished(lang).stream()
                .collect(Collectors.toMap(ExerciseView::groupKey, e -> e, (a, b) -> a));
    }

    /** The exercises of the programmes in the language, by group (missing ones are left out). */
    Map<String, ExerciseView> exercisesOf(List<Programme> programmes, Lang lang) {
        var groups = programmes.stream()
                .flatMap(p -> p.items().stream())
                .map(ProgrammeItem::exerciseGroup)
                .collect(Collectors.toSet());
        return new HashMap<>(exercises.publishedByGroup(groups, lang));
    }

    /** Checks the form against the language's exercises; null with {@code errors} filled when refused. */
    ProgrammeContent check(ProgrammeForm form, Lang lang, boolean datesRequired, Map<String, String> errors) {
        return form.check(choices(lang), datesRequired, errors);
    }

    /**
     * Checks a posted programme form: saves it with {@code save} (which answers the address to go on
     * to) or shows the form again with its problems (400), nothing saved.
     */
    ModelAndView saveOrShow(
            ProgrammeForm form,
            Lang lang,
            String heading,
            String action,
            boolean dates,
            java.util.function.Function<ProgrammeContent, String> save) {
        Map<String, String> errors = new HashMap<>();
        ProgrammeContent content = check(form, lang, dates, errors);
        if (content == null) {
            return form(lang, heading, action, form.withEmptyRows(), dates, errors);
        }
        return new ModelAndView("redirect:" + save.apply(content));
    }

    ModelAndView form(
            Lang lang, String heading, String action, ProgrammeForm form, boolean dates, Map<String, String> errors) {
        var page = new ModelAndView("programmes/form")
                .addObject("lang", lang.code())
                .addObject("heading", heading)
                .addObject("action", action)
                .addObject("form", form)
                .addObject("dates", dates)
                .addObject("days", DayOfWeek.values())
                .addObject(
                        "choices",
                        choices(lang).values().stream()
                                .sorted(Comparator.comparing(ExerciseView::name))
                                .toList())
                .addObject("errors", errors)
                .addObject("template", "template.new".equals(heading));
        if (!errors.isEmpty()) {
            page.setStatus(HttpStatus.BAD_REQUEST);
        }
        return page;
    }

    List<ExerciseView> publishedInOrder(List<Long> ids, Lang lang) {
        return exercises.publishedInOrder(ids, lang);
    }
}
