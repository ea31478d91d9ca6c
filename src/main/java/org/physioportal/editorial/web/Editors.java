package org.physioportal.editorial.web;

import jakarta.servlet.http.HttpServletRequest;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.accounts.Role;
import org.physioportal.editorial.domain.Editor;
import org.physioportal.platform.PathLocaleResolver;
import org.physioportal.shared.Lang;

/** Small helpers every back-office controller needs: who acts, in which interface language. */
final class Editors {

    private Editors() {}

    static Editor of(AccountPrincipal principal) {
        return new Editor(principal.id(), principal.displayName(), principal.has(Role.EDITOR), principal.isAdmin());
    }

    static Lang uiLang(HttpServletRequest request) {
        return PathLocaleResolver.langOf(request);
    }

    static String redirect(String path, HttpServletRequest request) {
        return "redirect:" + path + (path.contains("?") ? "&" : "?") + "lang="
                + uiLang(request).code();
    }

    static boolean isHtmx(HttpServletRequest request) {
        return request.getHeader("HX-Request") != null;
    }
}
