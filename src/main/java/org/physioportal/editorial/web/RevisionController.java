package org.physioportal.editorial.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.articles.ArticleDraft;
import org.physioportal.editorial.domain.Revision;
import org.physioportal.editorial.domain.Revisions;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** An article's history: every revision with author and time, a diff of any two, revert. */
@Controller
class RevisionController {

    private final ArticleEditing editing;
    private final Revisions revisions;

    RevisionController(ArticleEditing editing, Revisions revisions) {
        this.editing = editing;
        this.revisions = revisions;
    }

    @GetMapping("/admin/articles/{id}/revisions")
    ModelAndView list(@PathVariable long id, HttpServletRequest request) {
        return history(id, request, null);
    }

    @GetMapping("/admin/articles/{id}/diff")
    ModelAndView diff(@PathVariable long id, @RequestParam int from, @RequestParam int to, HttpServletRequest request) {
        Revision a = revisions.require(ArticleEditing.ref(id), from);
        Revision b = revisions.require(ArticleEditing.ref(id), to);
        List<String> lines =
                Revisions.diff(editing.formOf(a).readable(), editing.formOf(b).readable(), "#" + from, "#" + to);
        return history(id, request, null)
                .addObject("from", a)
                .addObject("to", b)
                .addObject("diff", lines);
    }

    @PostMapping("/admin/articles/{id}/revisions/{number}/revert")
    ModelAndView revert(
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam int version,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request) {
        try {
            editing.revert(id, number, version, Editors.of(me));
            return new ModelAndView(Editors.redirect("/admin/articles/" + id + "?reverted", request));
        } catch (RuntimeException e) {
            SaveProblems problem = SaveProblems.of(e, null);
            var page = history(id, request, problem.messageKey());
            page.setStatus(problem.status() == null ? HttpStatus.BAD_REQUEST : problem.status());
            return page;
        }
    }

    private ModelAndView history(long id, HttpServletRequest request, String problem) {
        ArticleDraft draft = editing.require(id);
        return new ModelAndView("editorial/revisions")
                .addObject("lang", Editors.uiLang(request).code())
                .addObject("base", "/admin/articles/" + id)
                .addObject("itemTitle", draft.content().title())
                .addObject("version", draft.version())
                .addObject("revisions", revisions.of(ArticleEditing.ref(id)))
                .addObject("problem", problem);
    }
}
