package org.physioportal.editorial.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.editorial.domain.ContentEditing;
import org.physioportal.editorial.domain.EditState;
import org.physioportal.editorial.domain.Revision;
import org.physioportal.editorial.domain.Revisions;
import org.physioportal.shared.ContentRecord;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The history of any content item: every revision with author and time, a readable comparison of
 * any two, of a draft with the published version, and bringing back an earlier revision after a
 * confirmation (of a published item, as a draft for review).
 */
@Controller
@RequestMapping("/admin/{kind:articles|exercises|videos}/{id}")
class RevisionController {

    private final ContentEditing editing;
    private final Revisions revisions;
    private final ReadableContent readable;

    RevisionController(ContentEditing editing, Revisions revisions, ReadableContent readable) {
        this.editing = editing;
        this.revisions = revisions;
        this.readable = readable;
    }

    @GetMapping("/revisions")
    ModelAndView list(@PathVariable String kind, @PathVariable long id, HttpServletRequest request) {
        return history(type(kind), id, request);
    }

    @GetMapping("/diff")
    ModelAndView diff(
            @PathVariable String kind,
            @PathVariable long id,
            @RequestParam int from,
            @RequestParam int to,
            HttpServletRequest request) {
        ContentType type = type(kind);
        var page = history(type, id, request);
        EditState<?> state = (EditState<?>) page.getModel().get("state");
        Revision a = revisions.require(state.ref(), from);
        Revision b = revisions.require(state.ref(), to);
        ContentRecord before = editing.contentOf(type, a);
        ContentRecord after = editing.contentOf(type, b);
        return page.addObject("from", a)
                .addObject("to", b)
                .addObject("changes", readable.changes(before, after, Editors.uiLang(request)));
    }

    /** The draft kept above the published version against what readers see now. */
    @GetMapping("/changes")
    ModelAndView changes(@PathVariable String kind, @PathVariable long id, HttpServletRequest request) {
        var page = history(type(kind), id, request);
        EditState<?> state = (EditState<?>) page.getModel().get("state");
        if (state.draft() == null) {
            throw new NotFoundException("no draft above " + state.ref());
        }
        return page.addObject("draftChanges", true)
                .addObject(
                        "changes", readable.changes(state.stored().content(), state.draft(), Editors.uiLang(request)));
    }

    @GetMapping("/revisions/{number}/revert")
    ModelAndView confirm(
            @PathVariable String kind, @PathVariable long id, @PathVariable int number, HttpServletRequest request) {
        ContentType type = type(kind);
        var page = history(type, id, request);
        EditState<?> state = (EditState<?>) page.getModel().get("state");
        Revision revision = revisions.require(state.ref(), number);
        return page.addObject("confirm", revision)
                .addObject(
                        "changes",
                        readable.changes(state.content(), editing.contentOf(type, revision), Editors.uiLang(request)));
    }

    @PostMapping("/revisions/{number}/revert")
    ModelAndView revert(
            @PathVariable String kind,
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam int version,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request) {
        ContentType type = type(kind);
        try {
            editing.revert(type, id, number, version, Editors.of(me));
            return new ModelAndView(Editors.redirect("/admin/" + type.pathSegment() + "/" + id + "?reverted", request));
        } catch (RuntimeException e) {
            SaveProblems problem = SaveProblems.of(e, null);
            var page = history(type, id, request).addObject("problem", problem.messageKey());
            page.setStatus(problem.status());
            return page;
        }
    }

    private ModelAndView history(ContentType type, long id, HttpServletRequest request) {
        EditState<?> state = editing.state(type, id);
        return new ModelAndView("editorial/revisions")
                .addObject("lang", Editors.uiLang(request).code())
                .addObject("base", "/admin/" + type.pathSegment() + "/" + id)
                .addObject("state", state)
                .addObject("itemTitle", state.content().displayTitle())
                .addObject("version", state.version())
                .addObject("revisions", revisions.of(state.ref()));
    }

    private static ContentType type(String kind) {
        return Arrays.stream(ContentType.values())
                .filter(t -> t.pathSegment().equals(kind))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(kind));
    }
}
