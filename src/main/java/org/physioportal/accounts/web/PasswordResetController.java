package org.physioportal.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.physioportal.accounts.domain.Account;
import org.physioportal.accounts.domain.AccountProblem;
import org.physioportal.accounts.domain.PasswordReset;
import org.physioportal.platform.limits.RateLimiter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** "Forgot your password?": ask for a link, then set a new password with it. */
@Controller
class PasswordResetController {

    private final PasswordReset reset;
    private final RateLimiter limiter;

    PasswordResetController(PasswordReset reset, RateLimiter limiter) {
        this.reset = reset;
        this.limiter = limiter;
    }

    @GetMapping("/account/reset")
    ModelAndView form(HttpServletRequest request) {
        return Forms.page("accounts/reset-request", request);
    }

    /** Always the same answer, whether or not the address has an account; no address is that long. */
    @PostMapping("/account/reset")
    ModelAndView request(@RequestParam(defaultValue = "") String email, HttpServletRequest request) {
        if (email.length() > Account.MAX_EMAIL) {
            return Forms.invalid("accounts/reset-request", request, java.util.Map.of("email", "account.email.invalid"));
        }
        limiter.consume("reset-ip", request.getRemoteAddr());
        limiter.consume("reset-account", Account.normalizeEmail(email));
        reset.request(email);
        return Forms.page("accounts/check-email", request);
    }

    @GetMapping("/account/reset/new")
    ModelAndView newPasswordForm(
            @RequestParam(defaultValue = "") String token, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        if (!reset.usable(token)) {
            return invalidLink(request);
        }
        return Forms.page("accounts/reset-new", request).addObject("token", token);
    }

    @PostMapping("/account/reset/new")
    ModelAndView setPassword(
            @RequestParam(defaultValue = "") String token,
            @RequestParam(defaultValue = "") String password,
            HttpServletRequest request) {
        try {
            reset.reset(token, password);
        } catch (AccountProblem problem) {
            if (problem.errors().containsKey("token")) {
                return invalidLink(request);
            }
            return Forms.invalid("accounts/reset-new", request, problem.errors())
                    .addObject("token", token);
        }
        return Forms.page("accounts/password-set", request);
    }

    private static ModelAndView invalidLink(HttpServletRequest request) {
        var page = Forms.page("accounts/link-invalid", request);
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }
}
