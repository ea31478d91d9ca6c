package org.physioportal.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Headers that depend on how this one request arrived, so they are set on every response, a page
 * served from the page cache included, never stored with a page: HSTS only over https (behind a TLS
 * proxy with {@code server.forward-headers-strategy=native}, the proxy's scheme counts).
 */
public final class TransportHeaders {

    public static final String HSTS = "Strict-Transport-Security";
    static final String HSTS_VALUE = "max-age=31536000 ; includeSubDomains";

    private TransportHeaders() {}

    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        if (request.isSecure()) {
            response.setHeader(HSTS, HSTS_VALUE);
        }
    }
}
