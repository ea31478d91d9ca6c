package org.physioportal.editorial.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.articles.ArticleDraft;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.editorial.domain.Editor;
import org.physioportal.editorial.domain.Transition;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Articles in the back office: the list, the form for a new one and for an edit, workflow steps. */
@Controller
@RequestMapping("/admin/articles")
class ArticleAdminController {

    static final ZoneId CLINIC = ZoneId.of("Europe/Prague");

    private final ArticlesApi articles;
    private final ArticleEditing editing;
    private final ArticleFormPage pages;

    ArticleAdminController(ArticlesApi articles, ArticleEditing editing, ArticleFormPage pages) {
        this.articles = articles;
        this.editing = editing;
        this.pages = pages;
    }

    @GetMapping
    ModelAndView list(
            @RequestParam(required = false) Status status,
            @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request) {
        return ContentListPage.of(
                "/admin/articles",
                new ContentListPage.Messages(
                        "editorial.articles.title", "editorial.article.new", "editorial.articles.caption"),
                Editors.of(me).canEdit(),
                Editors.uiLang(request).code(),
                status,
                page,
                articles.listings());
    }

    @GetMapping("/new")
    ModelAndView newForm(
            @RequestParam(name = "language", required = false) Lang language,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request) {
        var form = new ArticleForm();
        form.setLanguage(language == null ? Lang.EN : language);
        return pages.page(form, null, null, Editors.of(me), Editors.uiLang(request));
    }

    @PostMapping
    ModelAndView create(
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult binding,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request) {
        Editor editor = Editors.of(me);
        SaveProblems problem = SaveProblems.invalid();
        if (!binding.hasErrors()) {
            try {
                long id = editing.create(form, editor);
                return new ModelAndView(Editors.redirect("/admin/articles/" + id + "?created", request));
            } catch (RuntimeException e) {
                problem = SaveProblems.of(e, binding);
            }
        }
        var page = pages.page(form, null, null, editor, Editors.uiLang(request));
        return pages.refused(page, problem.status(), problem.messageKey());
    }

    @GetMapping("/{id}")
    ModelAndView edit(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request) {
        ArticleDraft draft = editing.require(id);
        ArticleForm form = ArticleForm.of(draft.content());
        form.setVersion(draft.version());
        return pages.page(form, draft, null, Editors.of(me), Editors.uiLang(request))
                .addObject("notice", notice(request));
    }

    @PostMapping("/{id}")
    ModelAndView save(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult binding,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request) {
        Editor editor = Editors.of(me);
        SaveProblems problem = SaveProblems.invalid();
        if (!binding.hasErrors()) {
            try {
                editing.update(id, form, editor);
                return new ModelAndView(Editors.redirect("/admin/articles/" + id + "?saved", request));
            } catch (RuntimeException e) {
                problem = SaveProblems.of(e, binding);
            }
        }
        ArticleDraft current = editing.require(id);
        if (problem.conflict()) {
            // The editor's text stays in the form; saving again knowingly replaces the other save.
            form.setVersion(current.version());
        }
        var page = pages.page(form, current, null, editor, Editors.uiLang(request));
        return pages.refused(page, problem.status(), problem.messageKey());
    }

    @PostMapping("/{id}/workflow")
    ModelAndView step(
            @PathVariable long id,
            @RequestParam Transition action,
            @RequestParam int version,
            @RequestParam(required = false) String publishAt,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request) {
        Editor editor = Editors.of(me);
        SaveProblems problem;
        try {
            editing.transition(id, version, action, publishTime(publishAt), editor);
            return new ModelAndView(Editors.redirect("/admin/articles/" + id + "?" + action.name(), request));
        } catch (RuntimeException e) {
            problem = SaveProblems.of(e, null);
        }
        ArticleDraft current = editing.require(id);
        ArticleForm form = ArticleForm.of(current.content());
        form.setVersion(current.version());
        var page = pages.page(form, current, null, editor, Editors.uiLang(request));
        return pages.refused(page, problem.status(), problem.messageKey());
    }

    /** A publish-at time typed in the clinic's time zone; empty means now. */
    static Instant publishTime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(CLINIC).toInstant();
        } catch (DateTimeParseException e) {
            throw new org.physioportal.editorial.domain.EditorialProblem(
                    org.springframework.http.HttpStatus.BAD_REQUEST, "editorial.error.publish-at");
        }
    }

    private static String notice(HttpServletRequest request) {
        for (String key : new String[] {"created", "saved", "translated", "reverted"}) {
            if (request.getParameter(key) != null) {
                return "editorial.notice." + key;
            }
        }
        for (Transition t : Transition.values()) {
            if (request.getParameter(t.name()) != null) {
                return "editorial.notice." + t.name().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }
}
