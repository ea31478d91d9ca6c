package org.physioportal.editorial.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.ToLongFunction;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.editorial.domain.ContentEditing;
import org.physioportal.editorial.domain.EditState;
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
abstract class ContentAdminController<C extends Record & ContentRecord> {

    private final ContentType type;
    private final Class<C> record;
    private final ContentAdminParts parts;
    private final ContentEditing editing;
    private final String base;

    ContentAdminController(ContentType type, Class<C> record, ContentAdminParts parts) {
        this.type = type;
        this.record = record;
        RecordForm.check(record);
        this.parts = parts;
        this.editing = parts.editing();
        this.base = "/admin/" + type.pathSegment();
    }

    /** An empty form in {@code lang} (a type may preset some fields). */
    RecordForm blank(Lang lang) {
        return RecordForm.blank(record, lang);
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
        RecordForm form = RecordForm.read(record, sent);
        String slug = FieldText.blankToNull(form.get("slug"));
        if (slug != null && slug.matches(RecordForm.SLUG)) {
            form.set("groupKey", parts.groupKeys().free(type, slug));
        }
        var saved = save(form, true, content -> editing.create(type, content, Editors.of(me)));
        return saved.id() != null
                ? new ModelAndView(Editors.redirect(base + "/" + saved.id() + "?created", request))
                : refused(page(form, null, null, me, request), saved.problem());
    }

    @GetMapping("/{id}")
    ModelAndView edit(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, HttpServletRequest request) {
        EditState<C> state = editing.state(type, id);
        return page(stored(state), state, null, me, request).addObject("notice", ContentFormPage.notice(request));
    }

    @PostMapping("/{id}")
    ModelAndView save(
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> sent,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request) {
        EditState<C> before = editing.state(type, id);
        RecordForm form = RecordForm.read(record, sent);
        form.set("groupKey", before.content().groupKey());
        form.language(before.content().lang());
        var saved = save(form, form.version() != null, content -> {
            editing.update(type, id, form.version(), content, Editors.of(me));
            return id;
        });
        if (saved.id() != null) {
            return new ModelAndView(Editors.redirect(base + "/" + id + "?saved", request));
        }
        SaveProblems problem = saved.problem();
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
            parts.steps().take(type, id, version, action, ClinicTime.parse(publishAt), Editors.of(me));
            return new ModelAndView(Editors.redirect(base + "/" + id + "?" + action.name(), request));
        } catch (RuntimeException e) {
            EditState<C> current = editing.state(type, id);
            return refused(page(stored(current), current, null, me, request), SaveProblems.of(e, null));
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
        RecordForm form = RecordForm.read(record, sent);
        form.set("groupKey", source.content().groupKey());
        form.language(source.content().lang().other());
        var saved = save(form, true, content -> editing.translate(type, id, content, Editors.of(me)));
        return saved.id() != null
                ? new ModelAndView(Editors.redirect(base + "/" + saved.id() + "?translated", request))
                : refused(page(form, null, source, me, request), saved.problem());
    }

    /** The form of the stored item, at its version. */
    private static RecordForm stored(EditState<?> state) {
        RecordForm form = RecordForm.of(state.content());
        form.version(state.version());
        return form;
    }

    /** A save: the id of the item to show next, or why it was refused (problems beside the fields). */
    private record Saved(Long id, SaveProblems problem) {}

    /** Stores the form's record with {@code store} when it is complete and {@code ready}. */
    private Saved save(RecordForm form, boolean ready, ToLongFunction<C> store) {
        var content = form.toContent(record, parts.validator());
        if (content.isEmpty() || !ready) {
            return new Saved(null, SaveProblems.invalid());
        }
        try {
            return new Saved(store.applyAsLong(content.get()), null);
        } catch (RuntimeException e) {
            return new Saved(null, SaveProblems.of(e, form.errors()));
        }
    }

    private ModelAndView page(
            RecordForm form, EditState<C> state, EditState<C> source, AccountPrincipal me, HttpServletRequest request) {
        Lang ui = Editors.uiLang(request);
        Lang lang = form.language() == null ? Lang.EN : form.language();
        var page = parts.pages().page(type, form, state, source, Editors.of(me), ui);
        choices(page, form, lang, ui);
        return page;
    }

    private static ModelAndView refused(ModelAndView page, SaveProblems problem) {
        page.setStatus(problem.status());
        return page.addObject("problem", problem.messageKey());
    }
}
