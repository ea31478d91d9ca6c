package org.physioportal.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.physioportal.shared.Lang;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language is part of every public URL ({@code /en/…}, {@code /cs/…}); error pages take the
 * language of the URL that failed; pages outside the language tree (login, account, moderation)
 * take a {@code lang} parameter, which their links and forms carry; anything else (the home
 * redirect, media) follows Accept-Language.
 */
public class PathLocaleResolver implements LocaleResolver {

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return langOf(request).locale();
    }

    /** The language of the current request, as {@link #resolveLocale} finds it. */
    public static Lang langOf(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failed instanceof String s ? s : request.getRequestURI();
        return fromPath(path)
                .or(() -> Lang.fromCode(request.getParameter("lang")))
                .orElseGet(() -> fromHeader(request));
    }

    static Optional<Lang> fromPath(String path) {
        if (path == null || path.length() < 3 || path.charAt(0) != '/') {
            return Optional.empty();
        }
        if (path.length() > 3 && path.charAt(3) != '/') {
            return Optional.empty();
        }
        return Lang.fromCode(path.substring(1, 3));
    }

    /** The first supported language in the Accept-Language header, English when none matches. */
    public static Lang fromHeader(HttpServletRequest request) {
        var header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                    String code = range.getRange().split("-")[0];
                    Optional<Lang> lang = Lang.fromCode(code);
                    if (lang.isPresent() && range.getWeight() > 0) {
                        return lang.get();
                    }
                }
            } catch (IllegalArgumentException malformed) {
                return Lang.EN;
            }
        }
        return Lang.EN;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The language is chosen by the URL");
    }
}
