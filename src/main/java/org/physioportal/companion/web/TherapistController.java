package org.physioportal.companion.web;

import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.companion.domain.CareLink;
import org.physioportal.companion.domain.CareLinks;
import org.physioportal.companion.domain.CareProblem;
import org.physioportal.shared.Lang;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** A therapist's patients: the linked ones, open invitations, and the invitation form. */
@Controller
class TherapistController {

    private final CareLinks links;
    private final AccountsApi accounts;

    TherapistController(CareLinks links, AccountsApi accounts) {
        this.links = links;
        this.accounts = accounts;
    }

    @GetMapping("/{lang:[a-z]{2}}/therapist/patients")
    ModelAndView patients(@PathVariable("lang") String code, @AuthenticationPrincipal AccountPrincipal me) {
        return page(Lang.require(code), me, "", null);
    }

    @PostMapping("/{lang:[a-z]{2}}/therapist/patients/invite")
    ModelAndView invite(
            @PathVariable("lang") String code,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "") String email) {
        Lang lang = Lang.require(code);
        try {
            links.invite(me, email, lang);
        } catch (CareProblem problem) {
            var page = page(lang, me, email, problem.messageKey());
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        return new ModelAndView("redirect:/" + lang.code() + "/therapist/patients?invited");
    }

    @PostMapping("/{lang:[a-z]{2}}/therapist/links/{id}/end")
    String end(@PathVariable("lang") String code, @PathVariable long id, @AuthenticationPrincipal AccountPrincipal me) {
        Lang lang = Lang.require(code);
        links.end(id, me);
        return "redirect:/" + lang.code() + "/therapist/patients?ended";
    }

    private ModelAndView page(Lang lang, AccountPrincipal me, String email, String error) {
        return new ModelAndView("companion/patients")
                .addObject("lang", lang.code())
                .addObject(
                        "links",
                        links.ofTherapist(me.id()).stream()
                                .map(l -> new Row(l, name(l)))
                                .toList())
                .addObject("email", email)
                .addObject("error", error);
    }

    private String name(CareLink link) {
        return link.patientId() == null
                ? link.inviteEmail()
                : accounts.find(link.patientId()).map(a -> a.displayName()).orElse("?");
    }

    /** An open link or invitation, with the patient's name (or the invited address). */
    record Row(CareLink link, String name) {}
}
