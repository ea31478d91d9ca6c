package org.physioportal.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.physioportal.accounts.domain.AccountProblem;
import org.physioportal.accounts.domain.Registration;
import org.physioportal.platform.PathLocaleResolver;
import org.physioportal.platform.limits.RateLimiter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Sign-up and e-mail confirmation. */
@Controller
class RegistrationController {

    private final Registration registration;
    private final RateLimiter limiter;

    RegistrationController(Registration registration, RateLimiter limiter) {
        this.registration = registration;
        this.limiter = limiter;
    }

    /** {@code next}: the page the form was opened from, where login returns once the e-mail is confirmed. */
    @GetMapping("/register")
    ModelAndView form(@RequestParam(required = false) String next, HttpServletRequest request) {
        return Forms.page("accounts/register", request).addObject("next", LoginFlow.safeNext(next));
    }

    /** The same "check your e-mail" page for a new address and for one that has an account. */
    @PostMapping("/register")
    ModelAndView register(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) String next,
            HttpServletRequest request) {
        limiter.consume("register-ip", request.getRemoteAddr());
        String back = LoginFlow.safeNext(next);
        try {
            registration.register(email, displayName, password, PathLocaleResolver.langOf(request), back);
        } catch (AccountProblem problem) {
            return Forms.invalid("accounts/register", request, problem.errors())
                    .addObject("email", email)
                    .addObject("displayName", displayName)
                    .addObject("next", back);
        }
        return Forms.page("accounts/check-email", request).addObject("next", back);
    }

    /** A page reached with a mailed token: never stored by the page cache, a proxy or the browser. */
    @GetMapping("/account/verify")
    ModelAndView verify(
            @RequestParam(defaultValue = "") String token,
            @RequestParam(required = false) String next,
            HttpServletRequest request,
            HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        if (registration.verify(token)) {
            return Forms.page("accounts/verified", request).addObject("next", LoginFlow.safeNext(next));
        }
        var page = Forms.page("accounts/link-invalid", request);
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }
}
