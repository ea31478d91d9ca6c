package org.physioportal.articles.web;

import org.physioportal.articles.ArticlesApi;
import org.physioportal.platform.Pages;
import org.physioportal.shared.Lang;
import org.physioportal.shared.NotFoundException;
import org.physioportal.shared.PageParams;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class ArticleController {

    private final ArticlesApi articles;
    private final ArticlePage articlePage;
    private final Pages pages;

    ArticleController(ArticlesApi articles, ArticlePage articlePage, Pages pages) {
        this.articles = articles;
        this.articlePage = articlePage;
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
        articlePage
                .find(Lang.require(code), slug, commentsPage)
                .orElseThrow(() -> new NotFoundException(slug))
                .addTo(model);
        return "articles/show";
    }
}
