package org.physioportal.syndication.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CORS for reading only: GET and HEAD of the API, oEmbed and the feeds may be read by scripts of
 * any origin ({@code Access-Control-Allow-Origin: *}, no credentials); a preflight for GET or HEAD
 * is answered here, one for any other method is refused (403, no CORS headers). The header does not
 * depend on the origin, so answers stay storable in the page cache (Spring's CORS support adds
 * {@code Vary: Origin}, which the page cache refuses) and are stored with it.
 */
class PublicCorsFilter extends OncePerRequestFilter {

    static final String EXPOSED = "ETag, Last-Modified, Retry-After, Content-Language";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PublicReads.any(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        String preflight = request.getHeader("Access-Control-Request-Method");
        if ("OPTIONS".equals(method) && preflight != null && request.getHeader("Origin") != null) {
            if (preflight.equals("GET") || preflight.equals("HEAD")) {
                response.setHeader("Access-Control-Allow-Origin", "*");
                response.setHeader("Access-Control-Allow-Methods", "GET, HEAD");
                response.setHeader(
                        "Access-Control-Allow-Headers", "Accept, Accept-Language, If-None-Match, If-Modified-Since");
                response.setHeader("Access-Control-Max-Age", "86400");
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            } else {
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            }
            return;
        }
        if ("GET".equals(method) || "HEAD".equals(method)) {
            response.setHeader("Access-Control-Allow-Origin", "*");
            response.setHeader("Access-Control-Expose-Headers", EXPOSED);
        }
        chain.doFilter(request, response);
    }
}
