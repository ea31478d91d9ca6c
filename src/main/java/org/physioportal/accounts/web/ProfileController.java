package org.physioportal.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.domain.AccountProblem;
import org.physioportal.accounts.domain.AccountService;
import org.physioportal.platform.limits.RateLimiter;
import org.physioportal.shared.MemberComments;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A member's own account: their comments and what became of them (paged, {@code ?comments=}), name,
 * reply e-mails (and, for moderators, e-mail when comments wait), password, deletion.
 */
@Controller
class ProfileController {

    private static final String VIEW = "accounts/profile";

    /** The current password is checked at most this often per account, like a login (429 beyond). */
    private static final String PASSWORD_CHECKS = "account-password";

    private final AccountService service;
    private final AccountsApi accounts;
    private final SessionPrincipals sessions;
    private final PersistentTokenBasedRememberMeServices rememberMe;
    private final RateLimiter limiter;
    private final ObjectProvider<MemberComments> ownComments;

    ProfileController(
            AccountService service,
            AccountsApi accounts,
            SessionPrincipals sessions,
            PersistentTokenBasedRememberMeServices rememberMe,
            RateLimiter limiter,
            ObjectProvider<MemberComments> ownComments) {
        this.service = service;
        this.accounts = accounts;
        this.sessions = sessions;
        this.rememberMe = rememberMe;
        this.limiter = limiter;
        this.ownComments = ownComments;
    }

    @GetMapping("/account")
    ModelAndView show(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(name = "comments", defaultValue = "1") int commentsPage,
            HttpServletRequest request) {
        var page = Forms.page(VIEW, request)
                .addObject("ownComments", ownComments.getObject().of(me.id(), commentsPage));
        return withAccount(page, me)
                .addObject("saved", request.getParameter("saved") != null)
                .addObject("passwordChanged", request.getParameter("passwordChanged") != null);
    }

    @PostMapping("/account/profile")
    ModelAndView update(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "false") boolean notifyReplies,
            @RequestParam(defaultValue = "false") boolean notifyModeration,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            sessions.replace(
                    service.updateProfile(me.id(), displayName, notifyReplies, notifyModeration), request, response);
        } catch (AccountProblem problem) {
            return withAccount(Forms.invalid(VIEW, request, problem.errors()), me)
                    .addObject("displayName", displayName);
        }
        return new ModelAndView("redirect:/account?saved&lang=" + me.lang().code());
    }

    /** A new password ends every other session; this one goes on with the new epoch. */
    @PostMapping("/account/password")
    ModelAndView password(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String password,
            HttpServletRequest request,
            HttpServletResponse response) {
        limiter.consume(PASSWORD_CHECKS, Long.toString(me.id()));
        try {
            sessions.replace(service.changePassword(me.id(), current, password), request, response);
        } catch (AccountProblem problem) {
            return withAccount(Forms.invalid(VIEW, request, problem.errors()), me);
        }
        rememberMe.logout(request, response, null);
        return new ModelAndView(
                "redirect:/account?passwordChanged&lang=" + me.lang().code());
    }

    @PostMapping("/account/delete")
    ModelAndView delete(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "") String deletePassword,
            @RequestParam(defaultValue = "keep") String comments,
            HttpServletRequest request,
            HttpServletResponse response) {
        limiter.consume(PASSWORD_CHECKS, Long.toString(me.id()));
        try {
            service.delete(me.id(), deletePassword, "remove".equals(comments));
        } catch (AccountProblem problem) {
            return withAccount(Forms.invalid(VIEW, request, problem.errors()), me);
        }
        var auth = SecurityContextHolder.getContext().getAuthentication();
        rememberMe.logout(request, response, auth);
        new SecurityContextLogoutHandler().logout(request, response, auth);
        return Forms.page("accounts/deleted", request);
    }

    private ModelAndView withAccount(ModelAndView page, AccountPrincipal me) {
        var account = accounts.find(me.id()).orElseThrow();
        page.addObject("account", account);
        if (!page.getModel().containsKey("displayName")) {
            page.addObject("displayName", account.displayName());
        }
        if (!page.getModel().containsKey("ownComments")) {
            page.addObject("ownComments", ownComments.getObject().of(me.id(), 1));
        }
        return page;
    }
}
