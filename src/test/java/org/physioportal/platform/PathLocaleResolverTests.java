package org.physioportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.physioportal.shared.Lang;
import org.springframework.mock.web.MockHttpServletRequest;

class PathLocaleResolverTests {

    final PathLocaleResolver resolver = new PathLocaleResolver();

    @Test
    void languageComesFromTheFirstPathSegment() {
        assertThat(resolver.resolveLocale(request("/cs/articles/x", "en"))).isEqualTo(Lang.CS.locale());
        assertThat(resolver.resolveLocale(request("/en", "cs"))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void otherPathsFollowAcceptLanguage() {
        assertThat(resolver.resolveLocale(request("/media/x.png", "cs-CZ,cs;q=0.9")))
                .isEqualTo(Lang.CS.locale());
        assertThat(resolver.resolveLocale(request("/csv", "en"))).isEqualTo(Locale.ENGLISH);
        assertThat(resolver.resolveLocale(request("/", "fr, de;q=0.5"))).isEqualTo(Locale.ENGLISH);
        assertThat(resolver.resolveLocale(request("/", "!!!;q=x"))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void errorPagesSpeakTheLanguageOfTheFailedAddress() {
        var request = request("/error", "en");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/cs/articles/missing");
        assertThat(resolver.resolveLocale(request)).isEqualTo(Lang.CS.locale());
    }

    private static MockHttpServletRequest request(String uri, String acceptLanguage) {
        var request = new MockHttpServletRequest("GET", uri);
        request.addHeader("Accept-Language", acceptLanguage);
        return request;
    }
}
