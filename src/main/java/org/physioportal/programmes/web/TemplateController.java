package org.physioportal.programmes.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.companion.PatientAccess;
import org.physioportal.programmes.domain.Programme;
import org.physioportal.programmes.domain.Programmes;
import org.physioportal.shared.Lang;
import org.physioportal.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** A therapist's templates (their own and the clinic's), and assigning one to several patients at once. */
@Controller
class TemplateController {

    private final Programmes programmes;
    private final PatientAccess access;
    private final ProgrammeViews views;

    TemplateController(Programmes programmes, PatientAccess access, ProgrammeViews views) {
        this.programmes = programmes;
        this.access = access;
        this.views = views;
    }

    @GetMapping("/{lang:[a-z]{2}}/therapist/templates")
    ModelAndView list(@PathVariable("lang") String code, @AuthenticationPrincipal AccountPrincipal me) {
        return listing(Lang.require(code), me, Map.of(), null);
    }

    @GetMapping("/{lang:[a-z]{2}}/therapist/templates/new")
    ModelAndView newForm(@PathVariable("lang") String code) {
        Lang lang = Lang.require(code);
        return views.form(
                lang,
                "template.new",
                "/" + lang.code() + "/therapist/templates/new",
                new ProgrammeForm().withEmptyRows(),
                false,
                Map.of());
    }

    @PostMapping("/{lang:[a-z]{2}}/therapist/templates/new")
    ModelAndView create(
            @PathVariable("lang") String code,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute ProgrammeForm form,
            @RequestParam(defaultValue = "false") boolean clinic) {
        Lang lang = Lang.require(code);
        return views.saveOrShow(
                form, lang, "template.new", "/" + lang.code() + "/therapist/templates/new", false, content -> {
                    programmes.createTemplate(me.id(), clinic, content);
                    return "/" + lang.code() + "/therapist/templates?saved";
                });
    }

    @GetMapping("/{lang:[a-z]{2}}/therapist/templates/{id}")
    ModelAndView edit(
            @PathVariable("lang") String code, @PathVariable long id, @AuthenticationPrincipal AccountPrincipal me) {
        Lang lang = Lang.require(code);
        Programme template = own(id, me);
        return views.form(
                lang,
                "template.edit",
                "/" + lang.code() + "/therapist/templates/" + id,
                ProgrammeForm.of(template),
                false,
                Map.of());
    }

    @PostMapping("/{lang:[a-z]{2}}/therapist/templates/{id}")
    ModelAndView update(
            @PathVariable("lang") String code,
            @PathVariable long id,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute ProgrammeForm form) {
        Lang lang = Lang.require(code);
        own(id, me);
        return views.saveOrShow(
                form, lang, "template.edit", "/" + lang.code() + "/therapist/templates/" + id, false, content -> {
                    programmes.update(id, content);
                    return "/" + lang.code() + "/therapist/templates?saved";
                });
    }

    @PostMapping("/{lang:[a-z]{2}}/therapist/templates/{id}/assign")
    ModelAndView assign(
            @PathVariable("lang") String code,
            @PathVariable long id,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(name = "patient", required = false) List<Long> patients,
            @RequestParam(defaultValue = "") String startDate) {
        Lang lang = Lang.require(code);
        programmes.templateFor(id, me.id()).orElseThrow(() -> new NotFoundException("template"));
        Map<String, String> errors = new HashMap<>();
        if (patients == null || patients.isEmpty()) {
            errors.put("patient-" + id, "template.error.patients");
        } else if (patients.stream().anyMatch(p -> p == me.id() || !access.isLinked(me.id(), p))) {
            throw new NotFoundException("patient");
        }
        LocalDate start = parse(startDate);
        if (start == null) {
            errors.put("startDate-" + id, "programme.error.date");
        }
        if (!errors.isEmpty()) {
            return listing(lang, me, errors, id);
        }
        programmes.assign(id, me.id(), patients, start);
        return new ModelAndView("redirect:/" + lang.code() + "/therapist/templates?assigned=" + patients.size());
    }

    private ModelAndView listing(Lang lang, AccountPrincipal me, Map<String, String> errors, Long failed) {
        var page = new ModelAndView("programmes/templates")
                .addObject("lang", lang.code())
                .addObject("templates", programmes.templatesFor(me.id()))
                .addObject("patients", access.linkedPatients(me.id()))
                .addObject("today", LocalDate.now())
                .addObject("errors", errors)
                .addObject("failed", failed);
        if (!errors.isEmpty()) {
            page.setStatus(HttpStatus.BAD_REQUEST);
        }
        return page;
    }

    /** A template this therapist wrote (clinic templates are edited by their author only). */
    private Programme own(long id, AccountPrincipal me) {
        return programmes
                .templateFor(id, me.id())
                .filter(t -> t.therapistId() != null && t.therapistId() == me.id())
                .orElseThrow(() -> new NotFoundException("template"));
    }

    private static LocalDate parse(String text) {
        try {
            LocalDate date = LocalDate.parse(text.strip());
            return date.isBefore(ProgrammeForm.EARLIEST) || date.isAfter(ProgrammeForm.LATEST) ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
