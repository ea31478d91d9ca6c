package org.physioportal.exercises.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.physioportal.comments.CommentsApi;
import org.physioportal.exercises.ExerciseVideos;
import org.physioportal.exercises.ExerciseView;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.media.MediaApi;
import org.physioportal.media.MediaView;
import org.physioportal.platform.Pages;
import org.physioportal.platform.SiteProperties;
import org.physioportal.shared.Lang;
import org.physioportal.shared.NotFoundException;
import org.physioportal.shared.PageMeta;
import org.physioportal.shared.PageParams;
import org.physioportal.taxonomy.TaxonomyApi;
import org.physioportal.taxonomy.TermKind;
import org.physioportal.taxonomy.TermView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ExerciseController {

    private final ExercisesApi exercises;
    private final ExerciseVideos videos;
    private final MediaApi media;
    private final TaxonomyApi taxonomy;
    private final CommentsApi comments;
    private final Pages pages;
    private final SiteProperties site;

    ExerciseController(
            ExercisesApi exercises,
            ExerciseVideos videos,
            MediaApi media,
            TaxonomyApi taxonomy,
            CommentsApi comments,
            Pages pages,
            SiteProperties site) {
        this.exercises = exercises;
        this.videos = videos;
        this.media = media;
        this.taxonomy = taxonomy;
        this.comments = comments;
        this.pages = pages;
        this.site = site;
    }

    @GetMapping("/{lang:[a-z]{2}}/exercises")
    String list(
            @PathVariable("lang") String code,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        Lang lang = Lang.require(code);
        model.addAttribute("meta", pages.fixed(lang, "exercises", "/exercises"));
        model.addAttribute("page", exercises.page(lang, PageParams.of(page, size)));
        return "exercises/list";
    }

    @GetMapping("/{lang:[a-z]{2}}/exercises/{slug}")
    String show(
            @PathVariable("lang") String code,
            @PathVariable String slug,
            @RequestParam(name = "comments", required = false) Integer commentsPage,
            Model model) {
        Lang lang = Lang.require(code);
        ExerciseView exercise = exercises.findPublished(lang, slug).orElseThrow(() -> new NotFoundException(slug));
        MediaView image = media.find(exercise.imageId(), lang).orElse(null);
        List<TermView> terms = taxonomy.views(exercise.termIds(), lang);
        model.addAttribute("exercise", exercise);
        model.addAttribute("image", image);
        model.addAttribute("regions", ofKind(terms, TermKind.REGION));
        model.addAttribute("equipment", ofKind(terms, TermKind.EQUIPMENT));
        model.addAttribute(
                "topics",
                terms.stream()
                        .filter(t -> t.kind() == TermKind.TOPIC || t.kind() == TermKind.ACTIVITY)
                        .toList());
        model.addAttribute("videos", videos.forExercise(exercise.id(), lang));
        model.addAttribute("thread", comments.thread(exercise.ref(), commentsPage));
        model.addAttribute("meta", meta(exercise, image, ofKind(terms, TermKind.EQUIPMENT)));
        return "exercises/show";
    }

    private static List<TermView> ofKind(List<TermView> terms, TermKind kind) {
        return terms.stream().filter(t -> t.kind() == kind).toList();
    }

    /** schema.org HowTo: the steps, the equipment as tools, the picture. */
    private PageMeta meta(ExerciseView exercise, MediaView image, List<TermView> equipment) {
        Map<Lang, String> alternates = exercises.translations(exercise.groupKey());
        List<Map<String, Object>> steps = new ArrayList<>();
        for (int i = 0; i < exercise.steps().size(); i++) {
            steps.add(Map.of(
                    "@type",
                    "HowToStep",
                    "position",
                    i + 1,
                    "text",
                    exercise.steps().get(i)));
        }
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "HowTo");
        ld.put("name", exercise.name());
        ld.put("description", exercise.goal());
        ld.put("inLanguage", exercise.lang().code());
        ld.put("url", site.baseUrl() + exercise.url());
        ld.put("step", steps);
        ld.put(
                "tool",
                equipment.stream()
                        .map(t -> Map.of("@type", "HowToTool", "name", t.name()))
                        .toList());
        if (image != null) {
            ld.put("image", site.baseUrl() + image.url());
        }
        return new PageMeta(
                        exercise.name(),
                        exercise.goal(),
                        exercise.lang(),
                        exercise.url(),
                        alternates,
                        "article",
                        image == null ? null : image.url(),
                        null)
                .withJsonLd(ld);
    }
}
