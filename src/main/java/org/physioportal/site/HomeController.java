package org.physioportal.site;

import jakarta.servlet.http.HttpServletRequest;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.platform.Pages;
import org.physioportal.platform.PathLocaleResolver;
import org.physioportal.shared.Lang;
import org.physioportal.shared.PageParams;
import org.physioportal.taxonomy.TaxonomyApi;
import org.physioportal.taxonomy.TermKind;
import org.physioportal.videos.VideosApi;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class HomeController {

    private final ArticlesApi articles;
    private final ExercisesApi exercises;
    private final VideosApi videos;
    private final TaxonomyApi taxonomy;
    private final Pages pages;

    HomeController(ArticlesApi articles, ExercisesApi exercises, VideosApi videos, TaxonomyApi taxonomy, Pages pages) {
        this.articles = articles;
        this.exercises = exercises;
        this.videos = videos;
        this.taxonomy = taxonomy;
        this.pages = pages;
    }

    /** The bare address sends readers to the language their browser prefers. */
    @GetMapping("/")
    ResponseEntity<Void> root(HttpServletRequest request) {
        Lang lang = PathLocaleResolver.fromHeader(request);
        return ResponseEntity.status(HttpStatus.FOUND)
                .header(HttpHeaders.LOCATION, "/" + lang.code())
                .header(HttpHeaders.VARY, "Accept-Language")
                .build();
    }

    @GetMapping("/{lang:[a-z]{2}}")
    String home(@PathVariable("lang") String code, Model model) {
        Lang lang = Lang.require(code);
        model.addAttribute("meta", pages.fixed(lang, "home", ""));
        model.addAttribute("articles", articles.page(lang, PageParams.of(1, 6)).items());
        model.addAttribute(
                "exercises", exercises.page(lang, PageParams.of(1, 4)).items());
        model.addAttribute("videos", videos.page(lang, PageParams.of(1, 4)).items());
        model.addAttribute("regions", taxonomy.all(TermKind.REGION, lang));
        model.addAttribute("activities", taxonomy.all(TermKind.ACTIVITY, lang));
        return "site/home";
    }
}
