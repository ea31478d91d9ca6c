package org.physioportal.site;

import java.util.Map;
import java.util.Set;
import org.physioportal.articles.ArticleView;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.exercises.ExerciseView;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.platform.Pages;
import org.physioportal.shared.Lang;
import org.physioportal.shared.PageMeta;
import org.physioportal.taxonomy.TaxonomyApi;
import org.physioportal.taxonomy.TermKind;
import org.physioportal.taxonomy.TermView;
import org.physioportal.videos.VideosApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Landing pages of body regions, activities, topics and equipment, and their index. */
@Controller
class TopicController {

    private final TaxonomyApi taxonomy;
    private final ArticlesApi articles;
    private final ExercisesApi exercises;
    private final VideosApi videos;
    private final Pages pages;

    TopicController(TaxonomyApi taxonomy, ArticlesApi articles, ExercisesApi exercises, VideosApi videos, Pages pages) {
        this.taxonomy = taxonomy;
        this.articles = articles;
        this.exercises = exercises;
        this.videos = videos;
        this.pages = pages;
    }

    @GetMapping("/{lang:[a-z]{2}}/topics")
    String index(@PathVariable("lang") String code, Model model) {
        Lang lang = Lang.require(code);
        model.addAttribute("meta", pages.fixed(lang, "topics", "/topics"));
        model.addAttribute("kinds", TermKind.values());
        model.addAttribute("termsByKind", taxonomy.byKind(lang));
        return "site/topics";
    }

    @GetMapping("/{lang:[a-z]{2}}/topics/{slug}")
    String show(@PathVariable("lang") String code, @PathVariable String slug, Model model) {
        Lang lang = Lang.require(code);
        TermView term = taxonomy.requireBySlug(lang, slug);
        Set<Long> terms = taxonomy.withDescendants(term.id());
        var other = taxonomy.find(term.id(), lang.other()).orElseThrow();
        model.addAttribute(
                "meta",
                PageMeta.of(
                        term.name(),
                        term.description(),
                        lang,
                        term.url(),
                        Map.of(lang, term.url(), lang.other(), other.url())));
        model.addAttribute("term", term);
        model.addAttribute(
                "parent",
                term.parentId() == null
                        ? null
                        : taxonomy.find(term.parentId(), lang).orElse(null));
        model.addAttribute(
                "children",
                taxonomy.all(term.kind(), lang).stream()
                        .filter(t -> java.util.Objects.equals(t.parentId(), term.id()))
                        .toList());
        model.addAttribute(
                "articles",
                articles.teasers(
                        articles.byTerms(lang, terms).stream()
                                .map(ArticleView::id)
                                .toList(),
                        lang));
        model.addAttribute(
                "exercises",
                exercises.teasers(
                        exercises.byTerms(lang, terms).stream()
                                .map(ExerciseView::id)
                                .toList(),
                        lang));
        model.addAttribute(
                "videos",
                videos.teasers(
                        videos.allPublished(lang).stream()
                                .filter(v -> v.termIds().stream().anyMatch(terms::contains))
                                .map(v -> v.id())
                                .toList(),
                        lang));
        return "site/topic";
    }
}
