package org.physioportal.editorial.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
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
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
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
abstract class ContentAdminController<C extends ContentRecord> {

    private final ContentType type;
    private final Class<C> record;
    private final Validator validator;
    private final ContentEditing editing;
    private final WorkflowSteps steps;
    private final ContentFormPage pages;
    private final GroupKeys groupKeys;
    private final String base;

    ContentAdminController(ContentType type, Class<C> record, ContentAdminParts parts) {
        this.type = type;
        this.record = record;
        this.validator = parts.validator();
        this.editing = parts.editing();
        this.groupKeys = parts.groupKeys();
        this.steps = parts.steps();
        this.pages = parts.pages();
        this.base = "/admin/" + type.pathSegment();
    }

    /** An empty form in {@code lang} (a type may preset some fields). */
    RecordForm blank(Lang lang) {
        return RecordForm.blank(record, lang);
    }

    /** Puts what the editor sent in order before it is checked (a type may drop what does not apply). */
    void tidy(RecordForm form) {}

    private RecordForm read(MultiValueMap<String, String> sent) {
        RecordForm form = RecordForm.read(record, sent);
        tidy(form);
        return form;
    }

    /** The form's pickers and anything else the type's form page shows. */
    abstract void choices(ModelAndView page, RecordForm form, Lang lang, Lang ui);

    /** The form that starts a translation of {@code source}: its text to translate, no address. */
    RecordForm translationOf(C source) {
        RecordForm form = RecordForm.of(source);
        form.language(source.lang().other());
        form.set("slug", null);
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
            @RequestParam MultiValueMap<String, String> sent,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request) {
        RecordForm form = read(sent);
        SaveProblems problem = SaveProblems.invalid();
        if (form.get("slug") instanceof String slug) {
            form.set("groupKey", groupKeys.free(type, slug));
        }
        var content = form.toContent(record, validator);
        if (content.isPresent()) {
            try {
                long id = editing.create(type, content.get(), Editors.of(me));
                return new ModelAndView(Editors.redirect(base + "/" + id + "?created", request));
            } catch (RuntimeException e) {
                problem = SaveProblems.of(e, form.errors());
            }
        }
        return refused(page(form, null, null, me, request), problem);
    }

    @GetMapping("/{id}")
    ModelAndView edit(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request) {
        EditState<C> state = editing.state(type, id);
        RecordForm form = RecordForm.of(state.content());
        form.version(state.version());
        return page(form, state, null, me, request).addObject("notice", ContentFormPage.notice(request));
    }

    @PostMapping("/{id}")
    ModelAndView save(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> sent,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request) {
        EditState<C> before = editing.state(type, id);
        RecordForm form = read(sent);
        form.set("groupKey", before.content().groupKey());
        form.language(before.content().lang());
        SaveProblems problem = SaveProblems.invalid();
        var content = form.toContent(record, validator);
        if (content.isPresent() && form.version() != null) {
            try {
                editing.update(type, id, form.version(), content.get(), Editors.of(me));
                return new ModelAndView(Editors.redirect(base + "/" + id + "?saved", request));
            } catch (RuntimeException e) {
                problem = SaveProblems.of(e, form.errors());
            }
        }
        EditState<C> current = editing.state(type, id);
        if (problem.conflict()) {
            // the editor's text stays in the form; saving again knowingly replaces the other save
            form.version(current.version());
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
            RecordForm form = RecordForm.of(current.content());
            form.version(current.version());
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
            @RequestParam MultiValueMap<String, String> sent,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request) {
        EditState<C> source = editing.state(type, id);
        RecordForm form = read(sent);
        form.set("groupKey", source.content().groupKey());
        form.language(source.content().lang().other());
        SaveProblems problem = SaveProblems.invalid();
        var content = form.toContent(record, validator);
        if (content.isPresent()) {
            try {
                long created = editing.translate(type, id, content.get(), Editors.of(me));
                return new ModelAndView(Editors.redirect(base + "/" + created + "?translated", request));
            } catch (RuntimeException e) {
                problem = SaveProblems.of(e, form.errors());
            }
        }
        return refused(page(form, null, source, me, request), problem);
    }

    private ModelAndView page(
            RecordForm form, EditState<C> state, EditState<C> source, AccountPrincipal me, HttpServletRequest request) {
        Lang ui = Editors.uiLang(request);
        Lang lang = form.language() == null ? Lang.EN : form.language();
        var page = pages.page(type, form, state, source, Editors.of(me), ui);
        choices(page, form, lang, ui);
        return page;
    }

    private static ModelAndView refused(ModelAndView page, SaveProblems problem) {
        page.setStatus(problem.status());
        return page.addObject("problem", problem.messageKey());
    }
}
