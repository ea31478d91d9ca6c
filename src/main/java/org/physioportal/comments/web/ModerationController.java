package org.physioportal.comments.web;

import jakarta.servlet.http.HttpServletRequest;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.comments.domain.CommentProblem;
import org.physioportal.comments.domain.Moderation;
import org.physioportal.platform.PathLocaleResolver;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The moderation queue at /moderation: approve, hide, restore, block the author and lift a block. */
@Controller
class ModerationController {

    private final Moderation moderation;

    ModerationController(Moderation moderation) {
        this.moderation = moderation;
    }

    @GetMapping("/moderation")
    ModelAndView queue(HttpServletRequest request) {
        var page = new ModelAndView("comments/moderation");
        var items = moderation.queue();
        page.addObject("items", items);
        page.addObject("waiting", moderation.waiting());
        page.addObject("blocked", moderation.blocked());
        page.addObject("hidden", moderation.recentlyHidden());
        page.addObject("lang", PathLocaleResolver.langOf(request).code());
        return page;
    }

    @PostMapping("/moderation/comments/{id}/approve")
    ModelAndView approve(
            @PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes flash) {
        moderation.approve(id);
        return back(me, flash, "moderation.approved");
    }

    @PostMapping("/moderation/comments/{id}/hide")
    ModelAndView hide(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes flash) {
        moderation.hide(id);
        return back(me, flash, "moderation.hidden");
    }

    /** Brings back a hidden comment: its own action, so approving never does it by the way. */
    @PostMapping("/moderation/comments/{id}/restore")
    ModelAndView restore(
            @PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes flash) {
        moderation.restore(id);
        return back(me, flash, "moderation.restored");
    }

    @PostMapping("/moderation/comments/{id}/block")
    ModelAndView block(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes flash) {
        moderation.blockAuthor(me, id);
        return back(me, flash, "moderation.blocked");
    }

    @PostMapping("/moderation/accounts/{id}/unblock")
    ModelAndView unblock(
            @PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes flash) {
        moderation.unblock(id);
        return back(me, flash, "moderation.unblocked");
    }

    @ExceptionHandler(CommentProblem.class)
    ModelAndView problem(CommentProblem problem, HttpServletRequest request) {
        var page = queue(request);
        page.addObject("error", problem.messageKey());
        page.setStatus(problem.status());
        return page;
    }

    private static ModelAndView back(AccountPrincipal me, RedirectAttributes flash, String notice) {
        flash.addFlashAttribute("notice", notice);
        var redirect = new ModelAndView("redirect:/moderation?lang=" + me.lang().code());
        redirect.setStatus(org.springframework.http.HttpStatus.SEE_OTHER);
        return redirect;
    }
}
