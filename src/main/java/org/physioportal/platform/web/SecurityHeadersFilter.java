package org.physioportal.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.physioportal.platform.TransportHeaders;
import org.physioportal.shared.PrivatePages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Baseline security headers on every response, error pages and media included. Scripts run only
 * when their tag carries this response's nonce (a fresh 128-bit value per request, exposed to
 * templates as the request attribute {@code cspNonce}); 'strict-dynamic' lets those scripts load
 * what they need and nothing else. The video page's external player is limited to the two
 * privacy-enhanced hosts. Private pages ({@link PrivatePages}) are sent {@code Cache-Control:
 * no-store}, so neither a browser nor a proxy keeps a copy of health data.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class SecurityHeadersFilter extends OncePerRequestFilter {

    /** The request attribute holding this response's script nonce. */
    public static final String NONCE_ATTRIBUTE = "cspNonce";

    private static final SecureRandom RANDOM = new SecureRandom();

    static String policy(String nonce) {
        return "default-src 'self'; script-src 'nonce-" + nonce + "' 'strict-dynamic'; style-src 'self' 'nonce-" + nonce
                + "'; "
                + "img-src 'self' data:; media-src 'self'; "
                + "frame-src https://www.youtube-nocookie.com https://player.vimeo.com; "
                + "worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        TransportHeaders.apply(request, response);
        if (PrivatePages.matches(request.getRequestURI())) {
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        if (!response.containsHeader("Content-Security-Policy")) {
            byte[] bytes = new byte[16];
            RANDOM.nextBytes(bytes);
            String nonce = Base64.getEncoder().encodeToString(bytes);
            request.setAttribute(NONCE_ATTRIBUTE, nonce);
            response.setHeader("Content-Security-Policy", policy(nonce));
        }
        chain.doFilter(request, response);
    }
}
