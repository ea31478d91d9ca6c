package org.physioportal.editorial.web;

import java.time.Instant;
import org.physioportal.editorial.domain.ContentEditing;
import org.physioportal.editorial.domain.EditState;
import org.physioportal.editorial.domain.Editor;
import org.physioportal.editorial.domain.Stage;
import org.physioportal.editorial.domain.Transition;
import org.physioportal.editorial.domain.WorkflowSteps;
import org.physioportal.shared.ContentRecord;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every content form page shows besides its fields: the item's state (published, with a draft
 * above it, in review), the workflow buttons that work for this editor, steps set for later, the
 * last save and the links to the public page and the other language.
 */
@Component
class ContentFormPage {

    private final ContentEditing editing;
    private final WorkflowSteps steps;

    ContentFormPage(ContentEditing editing, WorkflowSteps steps) {
        this.editing = editing;
        this.steps = steps;
    }

    /** A stored item as its page shows it. */
    record Item(long id, int version, Status status, Instant publishedAt, String title, Stage stage) {}

    ModelAndView page(
            ContentType type,
            RecordForm form,
            EditState<? extends ContentRecord> state,
            EditState<? extends ContentRecord> source,
            Editor editor,
            Lang ui) {
        String base = "/admin/" + type.pathSegment();
        String kind = type.pathSegment().replaceAll("s$", "");
        var page = new ModelAndView("editorial/content-form")
                .addObject("kind", kind)
                .addObject("fields", "editorial/fields/" + kind)
                .addObject("lang", ui.code())
                .addObject("base", base)
                .addObject("form", form.values())
                .addObject(BindingResult.MODEL_KEY_PREFIX + "form", form.errors())
                .addObject("editor", editor)
                .addObject("languages", Lang.values())
                .addObject("action", action(base, state, source));
        if (source != null) {
            page.addObject("source", source.stored().content()).addObject("sourceId", source.id());
        }
        if (state != null) {
            ContentRecord live = state.stored().content();
            page.addObject(
                            "stored",
                            new Item(
                                    state.id(),
                                    state.version(),
                                    state.stored().status(),
                                    live.publishedAt(),
                                    state.content().displayTitle(),
                                    state.stage()))
                    .addObject("steps", steps.allowed(state, editor))
                    .addObject("scheduled", steps.scheduled(state.ref()))
                    .addObject("latest", state.latest())
                    .addObject("publicPath", type.url(live.lang(), live.slug()))
                    .addObject("translationId", editing.translationId(state).orElse(null));
        }
        return page;
    }

    private static String action(String base, EditState<?> state, EditState<?> source) {
        if (source != null) {
            return base + "/" + source.id() + "/translate";
        }
        return state != null ? base + "/" + state.id() : base;
    }

    /** The notice after a redirect ({@code ?saved}, {@code ?PUBLISH}, ...), as a message key. */
    static String notice(jakarta.servlet.http.HttpServletRequest request) {
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
