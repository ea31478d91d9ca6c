package org.physioportal.companion.web;

import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.companion.domain.HealthData;
import org.physioportal.shared.Lang;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The plain-language consent step before the first entry of any health data. */
@Controller
class ConsentController {

    private final HealthData data;

    ConsentController(HealthData data) {
        this.data = data;
    }

    @GetMapping("/{lang:[a-z]{2}}/my/consent")
    ModelAndView show(@PathVariable("lang") String code, @RequestParam(required = false) String next) {
        Lang lang = Lang.require(code);
        return new ModelAndView("companion/consent")
                .addObject("lang", lang.code())
                .addObject("next", safeNext(next, lang));
    }

    @PostMapping("/{lang:[a-z]{2}}/my/consent")
    ModelAndView give(
            @PathVariable("lang") String code,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) String agree,
            @RequestParam(required = false) String next) {
        Lang lang = Lang.require(code);
        if (!"yes".equals(agree)) {
            var page = show(code, next).addObject("error", "consent.required");
            page.setStatus(org.springframework.http.HttpStatus.BAD_REQUEST);
            return page;
        }
        data.consent(me.id());
        return new ModelAndView("redirect:" + safeNext(next, lang));
    }

    /** A private page of this site, else the patient's day. */
    static String safeNext(String next, Lang lang) {
        if (next != null && next.matches("/(en|cs)/my(/[A-Za-z0-9_\\-/.]*)?") && !next.contains("..")) {
            return next;
        }
        return "/" + lang.code() + "/my/today";
    }
}
