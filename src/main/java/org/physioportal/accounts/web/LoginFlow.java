package org.physioportal.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.platform.PathLocaleResolver;
import org.physioportal.shared.Lang;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Where login, logout and a missing login lead. After login the person returns to the page they
 * came from ({@code next}, accepted only as a path on this site), else to the home page of their
 * language. Every failed login gets the same answer, whatever the reason, except an unconfirmed
 * e-mail, which can only be reached with the right password.
 */
@Component
class LoginFlow {

    void onSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth) throws IOException {
        Lang lang = auth.getPrincipal() instanceof AccountPrincipal p ? p.lang() : Lang.EN;
        String next = safeNext(request.getParameter("next"));
        response.sendRedirect(next != null ? next : "/" + lang.code());
    }

    void onFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String reason = e instanceof DisabledException ? "unverified" : "error";
        response.sendRedirect(loginUrl(request, reason, safeNext(request.getParameter("next"))));
    }

    void onLogout(HttpServletRequest request, HttpServletResponse response, Authentication auth) throws IOException {
        response.sendRedirect("/" + PathLocaleResolver.langOf(request).code() + "?loggedOut");
    }

    /** A page needs a login: browsers go to the login page and come back; htmx gets 401. */
    void toLogin(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String next = "GET".equals(request.getMethod()) ? safeNext(request.getRequestURI()) : null;
        String url = loginUrl(request, null, next);
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Redirect", url);
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            return;
        }
        response.sendRedirect(url);
    }

    static String loginUrl(HttpServletRequest request, String flag, String next) {
        StringBuilder url = new StringBuilder("/login?lang=")
                .append(PathLocaleResolver.langOf(request).code());
        if (flag != null) {
            url.append('&').append(flag);
        }
        if (next != null) {
            url.append("&next=").append(URLEncoder.encode(next, StandardCharsets.UTF_8));
        }
        return url.toString();
    }

    /** A path on this site, or null: no scheme, no host, no backslash tricks, no line breaks. */
    static String safeNext(String next) {
        if (next == null || next.length() > 500 || !next.startsWith("/") || next.startsWith("//")) {
            return null;
        }
        for (char c : next.toCharArray()) {
            if (c == '\\' || c < 0x21 || c == 0x7f) {
                return null;
            }
        }
        return next;
    }
}
