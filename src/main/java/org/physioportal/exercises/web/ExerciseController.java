package org.physioportal.exercises.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.physioportal.comments.CommentsApi;
import org.physioportal.exercises.ExerciseLibrary;
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
import org.physioportal.shared.Recommender;
import org.physioportal.shared.Teaser;
import org.physioportal.taxonomy.TaxonomyApi;
import org.physioportal.taxonomy.TermKind;
import org.physioportal.taxonomy.TermView;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ExerciseController {

    private final ExercisesApi exercises;
    private final ExerciseLibrary library;
    private final ExerciseVideos videos;
    private final MediaApi media;
    private final TaxonomyApi taxonomy;
    private final CommentsApi comments;
    private final Pages pages;
    private final SiteProperties site;
    private final Recommender recommender;

    ExerciseController(
            ExercisesApi exercises,
            ExerciseLibrary library,
            ExerciseVideos videos,
            MediaApi media,
            TaxonomyApi taxonomy,
            CommentsApi comments,
            Pages pages,
            SiteProperties site,
            Recommender recommender) {
        this.exercises = exercises;
        this.library = library;
        this.videos = videos;
        this.media = media;
        this.taxonomy = taxonomy;
        this.comments = comments;
        this.pages = pages;
        this.site = site;
        this.recommender = recommender;
    }

    /**
     * The library, narrowed by body region, equipment and difficulty (a GET form; htmx asks for the
     * results part only); values that mean nothing are left out with a notice.
     */
    @GetMapping("/{lang:[a-z]{2}}/exercises")
    String list(
            @PathVariable("lang") String code,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String equipment,
            @RequestParam(required = false) String difficulty,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            HttpServletResponse response) {
        Lang lang = Lang.require(code);
        LibraryFilters filters = LibraryFilters.read(lang, region, equipment, difficulty, taxonomy);
        model.addAttribute("meta", pages.fixed(lang, "exercises", "/exercises"));
        model.addAttribute("filters", filters);
        model.addAttribute(
                "facets",
                LibraryFacets.of(lang, filters, library, taxonomy, pages).facets());
        model.addAttribute("page", library.page(lang, filters.filter(), PageParams.of(page, size)));
        model.addAttribute("pagerBase", filters.address(lang));
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return htmx == null ? "exercises/list" : "exercises/list :: library";
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
        List<Teaser> ownVideos = videos.forExercise(exercise.id(), lang);
        model.addAttribute("videos", ownVideos);
        model.addAttribute(
                "suggestions",
                recommender.suggestionsFor(
                        item(exercise), ownVideos.stream().map(Teaser::ref).collect(Collectors.toSet())));
        model.addAttribute("thread", comments.thread(exercise.ref(), commentsPage));
        model.addAttribute("meta", meta(exercise, image, ofKind(terms, TermKind.EQUIPMENT)));
        return "exercises/show";
    }

    /** The exercise as "might interest you" compares others with it. */
    private static Recommender.Item item(ExerciseView e) {
        String body = String.join(
                "\n",
                Stream.concat(Stream.of(e.startingPosition(), e.breathing()), e.steps().stream())
                        .filter(Objects::nonNull)
                        .toList());
        return new Recommender.Item(e.ref(), e.lang(), e.termIds(), e.name(), e.goal(), body);
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
                        null,
                        null)
                .withJsonLd(ld);
    }
}
