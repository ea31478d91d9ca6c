package org.physioportal.syndication.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.physioportal.platform.limits.RateLimiter;
import org.physioportal.platform.limits.TooManyRequestsException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API's rate limit per client address ({@code portal.limits.api}): the first filter of all, so
 * that answers from the page cache count too. Over the limit: 429 with Retry-After and a problem
 * detail, readable from other origins.
 */
class ApiRateLimitFilter extends OncePerRequestFilter {

    static final String LIMIT = "api";

    private final RateLimiter limiter;

    ApiRateLimitFilter(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PublicReads.api(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            limiter.consume(LIMIT, request.getRemoteAddr());
        } catch (TooManyRequestsException e) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
            response.setHeader("Access-Control-Allow-Origin", "*");
            response.setHeader("Access-Control-Expose-Headers", "Retry-After");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("application/problem+json");
            response.getOutputStream()
                    .write(("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                                    + "\"detail\":\"Too many requests from this address; retry after "
                                    + e.retryAfterSeconds() + " s\"}")
                            .getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }
}
