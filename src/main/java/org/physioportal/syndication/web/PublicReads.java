package org.physioportal.syndication.web;

import jakarta.servlet.http.HttpServletRequest;

/** The addresses other sites read: the API, oEmbed and the feeds. */
final class PublicReads {

    private PublicReads() {}

    /** The API and oEmbed: rate limited per client address. */
    static boolean api(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.startsWith("/api/v1/") || path.equals("/oembed") || path.equals("/v3/api-docs");
    }

    /** Everything that may be read from other origins (CORS) and gets ETags even without the page cache. */
    static boolean any(HttpServletRequest request) {
        return api(request) || request.getRequestURI().endsWith("/feed.xml");
    }
}
