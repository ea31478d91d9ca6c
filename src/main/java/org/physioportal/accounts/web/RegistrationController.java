package org.physioportal.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
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

/**
 * Sign-up and e-mail confirmation. The browser that registers keeps the registration's receipt in
 * its session; there the mailed link confirms at once. Opened anywhere else, the link asks for the
 * password first, so only the mailbox owner's password ever logs in (issue 22, item 1).
 */
@Controller
class RegistrationController {

    /** The session attribute with the receipt of the latest registration made in this browser. */
    static final String RECEIPT = RegistrationController.class.getName() + ".receipt";

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
            String receipt =
                    registration.register(email, displayName, password, PathLocaleResolver.langOf(request), back);
            request.getSession().setAttribute(RECEIPT, receipt);
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
        HttpSession session = request.getSession(false);
        String receipt = session == null ? null : (String) session.getAttribute(RECEIPT);
        return switch (registration.verify(token, receipt)) {
            case CONFIRMED -> {
                session.removeAttribute(RECEIPT);
                yield verified(request, next);
            }
            case CHOOSE_PASSWORD -> choosePassword(request, token, next);
            case INVALID -> invalidLink(request);
        };
    }

    /** The link opened in another browser: confirms with the name and password chosen here. */
    @PostMapping("/account/verify")
    ModelAndView confirmWithPassword(
            @RequestParam(defaultValue = "") String token,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) String next,
            HttpServletRequest request,
            HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        try {
            registration.confirmWithPassword(token, displayName, password, PathLocaleResolver.langOf(request));
        } catch (AccountProblem problem) {
            if (problem.errors().containsKey("token")) {
                return invalidLink(request);
            }
            var page = Forms.invalid("accounts/verify-password", request, problem.errors());
            return page.addObject("token", token)
                    .addObject("displayName", displayName)
                    .addObject("next", LoginFlow.safeNext(next));
        }
        return verified(request, next);
    }

    private static ModelAndView verified(HttpServletRequest request, String next) {
        return Forms.page("accounts/verified", request).addObject("next", LoginFlow.safeNext(next));
    }

    private static ModelAndView choosePassword(HttpServletRequest request, String token, String next) {
        return Forms.page("accounts/verify-password", request)
                .addObject("token", token)
                .addObject("next", LoginFlow.safeNext(next));
    }

    private static ModelAndView invalidLink(HttpServletRequest request) {
        var page = Forms.page("accounts/link-invalid", request);
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }
}
