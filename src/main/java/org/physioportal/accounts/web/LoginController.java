package org.physioportal.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The login page; Spring Security handles the POST. */
@Controller
class LoginController {

    @GetMapping("/login")
    ModelAndView login(@RequestParam(required = false) String next, HttpServletRequest request) {
        var page = Forms.page("accounts/login", request);
        page.addObject("next", LoginFlow.safeNext(next));
        page.addObject("failed", request.getParameter("error") != null);
        page.addObject("unverified", request.getParameter("unverified") != null);
        return page;
    }
}
