package org.physioportal.programmes.web;

import java.util.List;
import java.util.Map;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.companion.PatientAccess;
import org.physioportal.programmes.domain.Messages;
import org.physioportal.programmes.domain.Programme;
import org.physioportal.programmes.domain.Programmes;
import org.physioportal.shared.Lang;
import org.physioportal.shared.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** A therapist's view of one linked patient and the programmes they prescribe. */
@Controller
class TherapistProgrammeController {

    private final Programmes programmes;
    private final PatientAccess access;
    private final AccountsApi accounts;
    private final ProgrammeViews views;
    private final Messages messages;

    TherapistProgrammeController(
            Programmes programmes,
            PatientAccess access,
            AccountsApi accounts,
            ProgrammeViews views,
            Messages messages) {
        this.programmes = programmes;
        this.access = access;
        this.accounts = accounts;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping("/{lang:[a-z]{2}}/therapist/patients/{patientId}")
    ModelAndView patient(
            @PathVariable("lang") String code,
            @PathVariable long patientId,
            @AuthenticationPrincipal AccountPrincipal me) {
        Lang lang = Lang.require(code);
        requireOther(me, patientId);
        access.requireOwnerOrLinkedTherapist(patientId, me, "overview");
        List<Programme> list = programmes.ofPatient(patientId);
        var page = new ModelAndView("programmes/patient")
                .addObject("lang", lang.code())
                .addObject("patient", accounts.find(patientId).orElseThrow(() -> new NotFoundException("patient")))
                .addObject("programmes", list)
                .addObject("exercises", views.exercisesOf(list, lang))
                .addObject(
                        "unread",
                        messages.unread(list.stream().map(Programme::id).toList(), false));
        return views.withProgress(page, patientId);
    }

    @GetMapping("/{lang:[a-z]{2}}/therapist/patients/{patientId}/programmes/new")
    ModelAndView newForm(
            @PathVariable("lang") String code,
            @PathVariable long patientId,
            @AuthenticationPrincipal AccountPrincipal me) {
        Lang lang = Lang.require(code);
        requireOther(me, patientId);
        access.requireLinkedTherapist(patientId, me);
        return views.form(
                lang, "programme.new", action(lang, patientId), new ProgrammeForm().withEmptyRows(), true, Map.of());
    }

    @PostMapping("/{lang:[a-z]{2}}/therapist/patients/{patientId}/programmes/new")
    ModelAndView create(
            @PathVariable("lang") String code,
            @PathVariable long patientId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute ProgrammeForm form) {
        Lang lang = Lang.require(code);
        requireOther(me, patientId);
        access.requireLinkedTherapist(patientId, me);
        return views.saveOrShow(form, lang, "programme.new", action(lang, patientId), true, content -> {
            programmes.create(patientId, me.id(), content);
            return "/" + lang.code() + "/therapist/patients/" + patientId + "?saved";
        });
    }

    @GetMapping("/{lang:[a-z]{2}}/therapist/programmes/{id}")
    ModelAndView edit(
            @PathVariable("lang") String code, @PathVariable long id, @AuthenticationPrincipal AccountPrincipal me) {
        Lang lang = Lang.require(code);
        Programme programme = linkedProgramme(id, me);
        access.requireOwnerOrLinkedTherapist(programme.patientId(), me, "programme");
        return views.form(
                lang,
                "programme.edit",
                "/" + lang.code() + "/therapist/programmes/" + id,
                ProgrammeForm.of(programme),
                true,
                Map.of());
    }

    @PostMapping("/{lang:[a-z]{2}}/therapist/programmes/{id}")
    ModelAndView update(
            @PathVariable("lang") String code,
            @PathVariable long id,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute ProgrammeForm form) {
        Lang lang = Lang.require(code);
        Programme programme = linkedProgramme(id, me);
        return views.saveOrShow(
                form, lang, "programme.edit", "/" + lang.code() + "/therapist/programmes/" + id, true, content -> {
                    programmes.update(id, content);
                    return "/" + lang.code() + "/therapist/patients/" + programme.patientId() + "?saved";
                });
    }

    /** A programme of a patient linked to this therapist, else 404. */
    private Programme linkedProgramme(long id, AccountPrincipal me) {
        Programme programme = programmes
                .find(id)
                .filter(p -> p.kind() == Programme.Kind.PROGRAMME && p.patientId() != me.id())
                .orElseThrow(() -> new NotFoundException("programme"));
        access.requireLinkedTherapist(programme.patientId(), me);
        return programme;
    }

    private static void requireOther(AccountPrincipal me, long patientId) {
        if (me.id() == patientId) {
            throw new NotFoundException("patient");
        }
    }

    private static String action(Lang lang, long patientId) {
        return "/" + lang.code() + "/therapist/patients/" + patientId + "/programmes/new";
    }
}
