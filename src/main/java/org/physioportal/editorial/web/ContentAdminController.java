package org.physioportal.editorial.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.editorial.domain.Editor;
import org.physioportal.editorial.domain.Revision;
import org.physioportal.editorial.domain.Revisions;
import org.physioportal.editorial.domain.Transition;
import org.physioportal.editorial.domain.Workflow;
import org.physioportal.shared.ContentListings;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The back-office pages every content type but articles shares (articles have their own, with the
 * Markdown preview and side-by-side translation): list, new, edit, workflow, translation, history.
 * A subclass names the type, its form page and what the form's pickers offer.
 */
abstract class ContentAdminController<F extends ContentForm> {

    private final ContentKind<F> kind;
    private final ContentEditing editing;
    private final Revisions revisions;
    private final Workflow workflow;
    private final String base;

    ContentAdminController(
            ContentKind<F> kind, ContentEditing editing, Revisions revisions, Workflow workflow, String base) {
        this.kind = kind;
        this.editing = editing;
        this.revisions = revisions;
        this.workflow = workflow;
        this.base = base;
    }

    abstract ContentListings<?> listings();

    abstract F blank(Lang lang);

    abstract String view();

    /** The pickers of the form, for content in {@code lang}. */
    abstract void choices(ModelAndView page, Lang lang, Lang ui);

    @GetMapping
    ModelAndView list(
            @RequestParam(required = false) Status status,
            @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request) {
        return ContentListPage.of(
                base,
                new ContentListPage.Messages(
                        "editorial." + kind.type().pathSegment() + ".title", "editorial.new", "editorial.list.caption"),
                Editors.of(me).canEdit(),
                Editors.uiLang(request).code(),
                status,
                page,
                listings());
    }

    @GetMapping("/new")
    ModelAndView newForm(
            @RequestParam(name = "language", required = false) Lang language,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request) {
        return page(blank(language == null ? Lang.EN : language), null, null, me, request);
    }

    @PostMapping
    ModelAndView create(
            @Valid @ModelAttribute("form") F form,
            BindingResult binding,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request) {
        SaveProblems problem = SaveProblems.invalid();
        if (!binding.hasErrors()) {
            try {
                long id = editing.create(kind, form, Editors.of(me));
                return new ModelAndView(Editors.redirect(base + "/" + id + "?created", request));
            } catch (RuntimeException e) {
                problem = SaveProblems.of(e, binding);
            }
        }
        return refused(page(form, null, null, me, request), problem);
    }

    @GetMapping("/{id}")
    ModelAndView edit(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request) {
        var stored = editing.require(kind, id);
        return page(stored.form(), stored, null, me, request).addObject("notice", notice(request));
    }

    @PostMapping("/{id}")
    ModelAndView save(
            @PathVariable long id,
            @Valid @ModelAttribute("form") F form,
            BindingResult binding,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request) {
        SaveProblems problem = SaveProblems.invalid();
        if (!binding.hasErrors()) {
            try {
                editing.update(kind, id, form, Editors.of(me));
                return new ModelAndView(Editors.redirect(base + "/" + id + "?saved", request));
            } catch (RuntimeException e) {
                problem = SaveProblems.of(e, binding);
            }
        }
        var current = editing.require(kind, id);
        if (problem.conflict()) {
            form.setVersion(current.version());
        }
        form.setLanguage(current.form().getLanguage());
        return refused(page(form, current, null, me, request), problem);
    }

    @PostMapping("/{id}/workflow")
    ModelAndView step(
            @PathVariable long id,
            @RequestParam Transition action,
            @RequestParam int version,
            @RequestParam(required = false) String publishAt,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request) {
        try {
            editing.transition(
                    kind, id, version, action, ArticleAdminController.publishTime(publishAt), Editors.of(me));
            return new ModelAndView(Editors.redirect(base + "/" + id + "?" + action.name(), request));
        } catch (RuntimeException e) {
            var current = editing.require(kind, id);
            return refused(page(current.form(), current, null, me, request), SaveProblems.of(e, null));
        }
    }

    @GetMapping("/{id}/translate")
    ModelAndView translation(
            @PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request) {
        var source = editing.require(kind, id);
        Lang target = source.form().getLanguage().other();
        var existing = kind.idOf(source.form().getGroupKey(), target);
        if (existing.isPresent()) {
            return new ModelAndView(Editors.redirect(base + "/" + existing.get(), request));
        }
        F form = source.form();
        form.setLanguage(target);
        form.setVersion(null);
        return page(form, null, source, me, request);
    }

    @PostMapping("/{id}/translate")
    ModelAndView translate(
            @PathVariable long id,
            @Valid @ModelAttribute("form") F form,
            BindingResult binding,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request) {
        var source = editing.require(kind, id);
        SaveProblems problem = SaveProblems.invalid();
        if (!binding.hasErrors()) {
            try {
                long created = editing.translate(kind, id, form, Editors.of(me));
                return new ModelAndView(Editors.redirect(base + "/" + created + "?translated", request));
            } catch (RuntimeException e) {
                problem = SaveProblems.of(e, binding);
            }
        }
        form.setLanguage(source.form().getLanguage().other());
        return refused(page(form, null, source, me, request), problem);
    }

    @GetMapping("/{id}/revisions")
    ModelAndView history(@PathVariable long id, HttpServletRequest request) {
        return historyPage(id, request);
    }

    @GetMapping("/{id}/diff")
    ModelAndView diff(@PathVariable long id, @RequestParam int from, @RequestParam int to, HttpServletRequest request) {
        Revision a = revisions.require(ref(id), from);
        Revision b = revisions.require(ref(id), to);
        var lines = Revisions.diff(
                editing.formOf(kind, a).readable(), editing.formOf(kind, b).readable(), "#" + from, "#" + to);
        return historyPage(id, request).addObject("from", a).addObject("to", b).addObject("diff", lines);
    }

    @PostMapping("/{id}/revisions/{number}/revert")
    ModelAndView revert(
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam int version,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request) {
        try {
            editing.revert(kind, id, number, version, Editors.of(me));
            return new ModelAndView(Editors.redirect(base + "/" + id + "?reverted", request));
        } catch (RuntimeException e) {
            SaveProblems problem = SaveProblems.of(e, null);
            var page = historyPage(id, request).addObject("problem", problem.messageKey());
            page.setStatus(problem.status());
            return page;
        }
    }

    private ModelAndView historyPage(long id, HttpServletRequest request) {
        var stored = editing.require(kind, id);
        return new ModelAndView("editorial/revisions")
                .addObject("lang", Editors.uiLang(request).code())
                .addObject("base", base + "/" + id)
                .addObject("itemTitle", stored.title())
                .addObject("version", stored.version())
                .addObject("revisions", revisions.of(ref(id)));
    }

    private ModelAndView page(
            F form,
            ContentKind.Stored<F> stored,
            ContentKind.Stored<F> source,
            AccountPrincipal me,
            HttpServletRequest request) {
        Editor editor = Editors.of(me);
        Lang ui = Editors.uiLang(request);
        Lang lang = form.getLanguage() == null ? Lang.EN : form.getLanguage();
        var page = new ModelAndView(view())
                .addObject("lang", ui.code())
                .addObject("base", base)
                .addObject("form", form)
                .addObject("stored", stored)
                .addObject("source", source)
                .addObject("editor", editor)
                .addObject("languages", Lang.values());
        choices(page, lang, ui);
        if (stored != null) {
            Long last = revisions.lastAuthorId(ref(stored.id()));
            page.addObject(
                            "steps",
                            List.of(Transition.values()).stream()
                                    .filter(t -> workflow.allows(t, stored.status(), editor, last))
                                    .toList())
                    .addObject("latest", revisions.latest(ref(stored.id())).orElse(null))
                    .addObject("publicPath", kind.type().url(lang, stored.form().getSlug()))
                    .addObject(
                            "translationId",
                            kind.idOf(stored.form().getGroupKey(), lang.other()).orElse(null));
        }
        return page;
    }

    private ContentRef ref(long id) {
        return new ContentRef(kind.type(), id);
    }

    private static ModelAndView refused(ModelAndView page, SaveProblems problem) {
        page.setStatus(problem.status());
        return page.addObject("problem", problem.messageKey());
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
