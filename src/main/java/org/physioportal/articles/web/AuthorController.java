package org.physioportal.articles.web;

import java.util.Map;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.authors.AuthorView;
import org.physioportal.authors.AuthorsApi;
import org.physioportal.shared.Lang;
import org.physioportal.shared.NotFoundException;
import org.physioportal.shared.PageMeta;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An author's profile with the articles they wrote. */
@Controller
class AuthorController {

    private final AuthorsApi authors;
    private final ArticlesApi articles;

    AuthorController(AuthorsApi authors, ArticlesApi articles) {
        this.authors = authors;
        this.articles = articles;
    }

    @GetMapping("/{lang:[a-z]{2}}/authors/{key}")
    String show(@PathVariable("lang") String code, @PathVariable String key, Model model) {
        Lang lang = Lang.require(code);
        AuthorView author = authors.findByKey(key, lang).orElseThrow(() -> new NotFoundException("author " + key));
        model.addAttribute(
                "meta",
                PageMeta.of(
                        author.name(),
                        author.bio(),
                        lang,
                        author.url(),
                        Map.of(Lang.EN, "/en/authors/" + key, Lang.CS, "/cs/authors/" + key)));
        model.addAttribute("author", author);
        model.addAttribute("articles", articles.byAuthor(author.id(), lang));
        return "articles/author";
    }
}
