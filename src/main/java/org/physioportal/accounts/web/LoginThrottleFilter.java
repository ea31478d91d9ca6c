package org.physioportal.accounts.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.physioportal.accounts.domain.Account;
import org.physioportal.platform.limits.RateLimiter;
import org.physioportal.platform.limits.TooManyRequestsException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Login attempts are limited per client address and per account name (known or not, so the limit
 * itself reveals nothing). Over the limit the answer is 429 with Retry-After, before any password
 * is checked. An address longer than any address can be is refused (400) before the limiter.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final RateLimiter limiter;

    LoginThrottleFilter(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String email = request.getParameter("email");
        if (email != null && email.length() > Account.MAX_EMAIL) {
            response.sendError(HttpStatus.BAD_REQUEST.value());
            return;
        }
        try {
            limiter.consume("login-ip", request.getRemoteAddr());
            limiter.consume("login-account", Account.normalizeEmail(email));
        } catch (TooManyRequestsException e) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
            request.setAttribute("retryAfter", e.retryAfterSeconds());
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        chain.doFilter(request, response);
    }
}
