package org.physioportal.editorial.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.editorial.domain.ContentEditing;
import org.physioportal.editorial.domain.EditState;
import org.physioportal.editorial.domain.GroupKeys;
import org.physioportal.editorial.domain.Transition;
import org.physioportal.editorial.domain.WorkflowSteps;
import org.physioportal.shared.ContentRecord;
import org.physioportal.shared.ContentType;
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
 * The back-office pages of every content type: list, new, edit, workflow and translation (the history
 * is {@link RevisionController}'s). All changes go through the editorial core ({@link ContentEditing},
 * {@link WorkflowSteps}); a subclass is the type's small part: its form and what the form's pickers
 * offer ({@link ContentFormPage}).
 */
abstract class ContentAdminController<F extends ContentForm, C extends ContentRecord> {

    private final ContentType type;
    private final ContentEditing editing;
    private final WorkflowSteps steps;
    private final ContentFormPage pages;
    private final GroupKeys groupKeys;
    private final String base;

    ContentAdminController(
            ContentType type, ContentEditing editing, WorkflowSteps steps, ContentFormPage pages, GroupKeys groupKeys) {
        this.type = type;
        this.editing = editing;
        this.groupKeys = groupKeys;
        this.steps = steps;
        this.pages = pages;
        this.base = "/admin/" + type.pathSegment();
    }

    /** An empty form in {@code lang}. */
    abstract F blank(Lang lang);

    /** The form filled from stored content. */
    abstract F form(C content);

    /** The form's pickers and anything else the type's form page shows. */
    abstract void choices(ModelAndView page, F form, Lang lang, Lang ui);

    /** The form that starts a translation of {@code source}: its text to translate, no address. */
    F translationOf(C source) {
        F form = form(source);
        form.setLanguage(source.lang().other());
        form.setSlug(null);
        form.setVersion(null);
        return form;
    }

    @GetMapping
    ModelAndView list(
            @RequestParam(required = false) Status status,
            @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request) {
        String key = "editorial." + type.pathSegment();
        return ContentListPage.of(
                base,
                new ContentListPage.Messages(key + ".title", "editorial.new", "editorial.list.caption"),
                Editors.of(me).canEdit(),
                Editors.uiLang(request).code(),
                status,
                page,
                editing.listings(type));
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
                form.setGroupKey(groupKeys.free(type, form.getSlug()));
                long id = editing.create(type, form.toContent(Status.DRAFT, null), Editors.of(me));
                return new ModelAndView(Editors.redirect(base + "/" + id + "?created", request));
            } catch (RuntimeException e) {
                problem = SaveProblems.of(e, binding);
            }
        }
        return refused(page(form, null, null, me, request), problem);
    }

    @GetMapping("/{id}")
    ModelAndView edit(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request) {
        EditState<C> state = editing.state(type, id);
        F form = form(state.content());
        form.setVersion(state.version());
        return page(form, state, null, me, request).addObject("notice", ContentFormPage.notice(request));
    }

    @PostMapping("/{id}")
    ModelAndView save(
            @PathVariable long id,
            @Valid @ModelAttribute("form") F form,
            BindingResult binding,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request) {
        EditState<C> before = editing.state(type, id);
        form.setGroupKey(before.content().groupKey());
        form.setLanguage(before.content().lang());
        SaveProblems problem = SaveProblems.invalid();
        if (!binding.hasErrors() && form.getVersion() != null) {
            try {
                editing.update(type, id, form.getVersion(), form.toContent(Status.DRAFT, null), Editors.of(me));
                return new ModelAndView(Editors.redirect(base + "/" + id + "?saved", request));
            } catch (RuntimeException e) {
                problem = SaveProblems.of(e, binding);
            }
        }
        EditState<C> current = editing.state(type, id);
        if (problem.conflict()) {
            // the editor's text stays in the form; saving again knowingly replaces the other save
            form.setVersion(current.version());
        }
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
            steps.take(type, id, version, action, ClinicTime.parse(publishAt), Editors.of(me));
            return new ModelAndView(Editors.redirect(base + "/" + id + "?" + action.name(), request));
        } catch (RuntimeException e) {
            EditState<C> current = editing.state(type, id);
            F form = form(current.content());
            form.setVersion(current.version());
            return refused(page(form, current, null, me, request), SaveProblems.of(e, null));
        }
    }

    @GetMapping("/{id}/translate")
    ModelAndView translation(
            @PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request) {
        EditState<C> source = editing.state(type, id);
        var existing = editing.translationId(source);
        if (existing.isPresent()) {
            return new ModelAndView(Editors.redirect(base + "/" + existing.get(), request));
        }
        return page(translationOf(source.content()), null, source, me, request);
    }

    @PostMapping("/{id}/translate")
    ModelAndView translate(
            @PathVariable long id,
            @Valid @ModelAttribute("form") F form,
            BindingResult binding,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request) {
        EditState<C> source = editing.state(type, id);
        form.setGroupKey(source.content().groupKey());
        form.setLanguage(source.content().lang().other());
        SaveProblems problem = SaveProblems.invalid();
        if (!binding.hasErrors()) {
            try {
                long created = editing.translate(type, id, form.toContent(Status.DRAFT, null), Editors.of(me));
                return new ModelAndView(Editors.redirect(base + "/" + created + "?translated", request));
            } catch (RuntimeException e) {
                problem = SaveProblems.of(e, binding);
            }
        }
        return refused(page(form, null, source, me, request), problem);
    }

    private ModelAndView page(
            F form, EditState<C> state, EditState<C> source, AccountPrincipal me, HttpServletRequest request) {
        Lang ui = Editors.uiLang(request);
        Lang lang = form.getLanguage() == null ? Lang.EN : form.getLanguage();
        var page = pages.page(type, form, state, source, Editors.of(me), ui);
        choices(page, form, lang, ui);
        return page;
    }

    private static ModelAndView refused(ModelAndView page, SaveProblems problem) {
        page.setStatus(problem.status());
        return page.addObject("problem", problem.messageKey());
    }
}
