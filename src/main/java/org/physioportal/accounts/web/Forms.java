package org.physioportal.accounts.web;

import java.util.Map;
import org.physioportal.platform.PathLocaleResolver;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** Pages of the account forms: a view, its language, and problems by field. */
final class Forms {

    private Forms() {}

    static ModelAndView page(String view, jakarta.servlet.http.HttpServletRequest request) {
        var page = new ModelAndView(view);
        page.addObject("lang", PathLocaleResolver.langOf(request).code());
        page.addObject("errors", Map.of());
        return page;
    }

    /** The form again, with what was typed (passwords excepted) and the problems, as 400. */
    static ModelAndView invalid(
            String view, jakarta.servlet.http.HttpServletRequest request, Map<String, String> errors) {
        var page = page(view, request);
        page.addObject("errors", errors);
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }
}
