package org.physioportal.companion.web;

import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.companion.domain.CareLink;
import org.physioportal.companion.domain.CareLinkRepository;
import org.physioportal.companion.domain.CareLinks;
import org.physioportal.shared.Lang;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** The patient's side of the links: invitations to accept, therapists to end the link with. */
@Controller
class CareController {

    private final CareLinks links;
    private final CareLinkRepository repository;
    private final AccountsApi accounts;

    CareController(CareLinks links, CareLinkRepository repository, AccountsApi accounts) {
        this.links = links;
        this.repository = repository;
        this.accounts = accounts;
    }

    @GetMapping("/{lang:[a-z]{2}}/my/care")
    ModelAndView list(@PathVariable("lang") String code, @AuthenticationPrincipal AccountPrincipal me) {
        Lang lang = Lang.require(code);
        var rows = links.ofPatient(me).stream()
                .map(l -> new LinkRow(l, therapistName(l), links.usable(l, me)))
                .toList();
        return new ModelAndView("companion/care").addObject("lang", lang.code()).addObject("links", rows);
    }

    /** The invitation link from the e-mail: a page that asks, since a GET must not change anything. */
    @GetMapping("/{lang:[a-z]{2}}/my/care/accept/{token}")
    ModelAndView confirm(
            @PathVariable("lang") String code,
            @PathVariable String token,
            @AuthenticationPrincipal AccountPrincipal me) {
        Lang lang = Lang.require(code);
        var link = repository.findByTokenHash(CareLinks.hash(token)).filter(l -> links.usable(l, me));
        var page = new ModelAndView("companion/accept").addObject("lang", lang.code());
        if (link.isEmpty()) {
            page.setStatus(HttpStatus.NOT_FOUND);
            return page.addObject("invalid", true);
        }
        return page.addObject("token", token).addObject("therapist", therapistName(link.get()));
    }

    @PostMapping("/{lang:[a-z]{2}}/my/care/accept/{token}")
    ModelAndView accept(
            @PathVariable("lang") String code,
            @PathVariable String token,
            @AuthenticationPrincipal AccountPrincipal me) {
        Lang lang = Lang.require(code);
        if (!links.acceptToken(token, me)) {
            var page = new ModelAndView("companion/accept")
                    .addObject("lang", lang.code())
                    .addObject("invalid", true);
            page.setStatus(HttpStatus.NOT_FOUND);
            return page;
        }
        return new ModelAndView("redirect:/" + lang.code() + "/my/care?accepted");
    }

    @PostMapping("/{lang:[a-z]{2}}/my/care/{id}/accept")
    String acceptOwn(
            @PathVariable("lang") String code, @PathVariable long id, @AuthenticationPrincipal AccountPrincipal me) {
        Lang lang = Lang.require(code);
        links.acceptOwn(id, me);
        return "redirect:/" + lang.code() + "/my/care?accepted";
    }

    @PostMapping("/{lang:[a-z]{2}}/my/care/{id}/end")
    String end(@PathVariable("lang") String code, @PathVariable long id, @AuthenticationPrincipal AccountPrincipal me) {
        Lang lang = Lang.require(code);
        links.end(id, me);
        return "redirect:/" + lang.code() + "/my/care?ended";
    }

    private String therapistName(CareLink link) {
        return accounts.find(link.therapistId()).map(a -> a.displayName()).orElse("?");
    }

    /** A link as the patient's page lists it. */
    record LinkRow(CareLink link, String therapist, boolean acceptable) {}
}
