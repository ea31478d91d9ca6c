package org.physioportal.editorial.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.articles.ArticleDraft;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.editorial.domain.Editor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The other language version of an article, written side by side with the source: the form starts
 * as a copy of the source (to be translated in place) and joins its translation group.
 */
@Controller
class TranslationController {

    private final ArticlesApi articles;
    private final ArticleEditing editing;
    private final ArticleFormPage pages;

    TranslationController(ArticlesApi articles, ArticleEditing editing, ArticleFormPage pages) {
        this.articles = articles;
        this.editing = editing;
        this.pages = pages;
    }

    @GetMapping("/admin/articles/{id}/translate")
    ModelAndView form(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request) {
        ArticleDraft source = editing.require(id);
        var existing = articles.idOf(
                source.content().groupKey(), source.content().lang().other());
        if (existing.isPresent()) {
            return new ModelAndView(Editors.redirect("/admin/articles/" + existing.get(), request));
        }
        ArticleForm form = ArticleForm.of(source.content());
        form.setLanguage(source.content().lang().other());
        form.setVersion(null);
        return pages.page(form, null, source, Editors.of(me), Editors.uiLang(request));
    }

    @PostMapping("/admin/articles/{id}/translate")
    ModelAndView create(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult binding,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request) {
        Editor editor = Editors.of(me);
        ArticleDraft source = editing.require(id);
        SaveProblems problem = SaveProblems.invalid();
        if (!binding.hasErrors()) {
            try {
                long created = editing.translate(id, form, editor);
                return new ModelAndView(Editors.redirect("/admin/articles/" + created + "?translated", request));
            } catch (RuntimeException e) {
                problem = SaveProblems.of(e, binding);
            }
        }
        form.setLanguage(source.content().lang().other());
        var page = pages.page(form, null, source, editor, Editors.uiLang(request));
        return pages.refused(page, problem.status(), problem.messageKey());
    }
}
