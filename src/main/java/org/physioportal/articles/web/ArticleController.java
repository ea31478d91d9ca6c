package org.physioportal.articles.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.physioportal.articles.ArticleBody;
import org.physioportal.articles.ArticleView;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.authors.AuthorsApi;
import org.physioportal.comments.CommentsApi;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.platform.Pages;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.Lang;
import org.physioportal.shared.NotFoundException;
import org.physioportal.shared.PageParams;
import org.physioportal.shared.Recommender;
import org.physioportal.shared.Teaser;
import org.physioportal.taxonomy.TaxonomyApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ArticleController {

    private final ArticlesApi articles;
    private final ArticleBody body;
    private final ExercisesApi exercises;
    private final AuthorsApi authors;
    private final CommentsApi comments;
    private final TaxonomyApi taxonomy;
    private final Recommender recommender;
    private final ArticlePageMeta meta;
    private final Pages pages;

    ArticleController(
            ArticlesApi articles,
            ArticleBody body,
            ExercisesApi exercises,
            AuthorsApi authors,
            CommentsApi comments,
            TaxonomyApi taxonomy,
            Recommender recommender,
            ArticlePageMeta meta,
            Pages pages) {
        this.articles = articles;
        this.body = body;
        this.exercises = exercises;
        this.authors = authors;
        this.comments = comments;
        this.taxonomy = taxonomy;
        this.recommender = recommender;
        this.meta = meta;
        this.pages = pages;
    }

    @GetMapping("/{lang:[a-z]{2}}/articles")
    String list(
            @PathVariable("lang") String code,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        Lang lang = Lang.require(code);
        model.addAttribute("meta", pages.fixed(lang, "articles", "/articles"));
        model.addAttribute("page", articles.page(lang, PageParams.of(page, size)));
        return "articles/list";
    }

    @GetMapping("/{lang:[a-z]{2}}/articles/{slug}")
    String show(
            @PathVariable("lang") String code,
            @PathVariable String slug,
            @RequestParam(name = "comments", required = false) Integer commentsPage,
            Model model) {
        Lang lang = Lang.require(code);
        ArticleView article = articles.findPublished(lang, slug).orElseThrow(() -> new NotFoundException(slug));
        List<Teaser> tutorials = exercises.teasers(article.tutorialIds(), lang);
        List<Teaser> related = articles.teasers(article.relatedIds(), lang);
        var author = authors.find(article.authorId(), lang).orElseThrow();
        model.addAttribute("article", article);
        ArticleBody.Rendered rendered = body.render(article.body(), lang);
        model.addAttribute("bodyHtml", rendered.html());
        model.addAttribute("tutorials", tutorials);
        model.addAttribute("related", related);
        model.addAttribute("author", author);
        model.addAttribute("reviewer", authors.find(article.reviewerId(), lang).orElse(null));
        model.addAttribute("terms", taxonomy.views(article.termIds(), lang));
        model.addAttribute("thread", comments.thread(article.ref(), commentsPage));
        model.addAttribute(
                "suggestions", recommender.forArticle(article.ref(), lang, listed(rendered, tutorials, related)));
        model.addAttribute("meta", meta.of(article, author, tutorials));
        return "articles/show";
    }

    /** What the page already shows, so that the "might interest you" blocks do not repeat it. */
    private static Set<ContentRef> listed(ArticleBody.Rendered body, List<Teaser> tutorials, List<Teaser> related) {
        Set<ContentRef> listed = new HashSet<>(body.figures());
        Stream.concat(tutorials.stream(), related.stream()).map(Teaser::ref).forEach(listed::add);
        return listed;
    }
}
