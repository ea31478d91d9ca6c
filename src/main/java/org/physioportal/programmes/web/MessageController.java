package org.physioportal.programmes.web;

import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.companion.PatientAccess;
import org.physioportal.programmes.domain.Messages;
import org.physioportal.programmes.domain.Programme;
import org.physioportal.programmes.domain.Programmes;
import org.physioportal.shared.Lang;
import org.physioportal.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Messages about a prescribed programme, between its patient and the linked therapist. */
@Controller
class MessageController {

    private final Programmes programmes;
    private final Messages messages;
    private final PatientAccess access;

    MessageController(Programmes programmes, Messages messages, PatientAccess access) {
        this.programmes = programmes;
        this.messages = messages;
        this.access = access;
    }

    @GetMapping("/{lang:[a-z]{2}}/my/programmes/{id}/messages")
    ModelAndView patientThread(
            @PathVariable("lang") String code, @PathVariable long id, @AuthenticationPrincipal AccountPrincipal me) {
        return thread(Lang.require(code), patients(id, me), true, "", null);
    }

    @PostMapping("/{lang:[a-z]{2}}/my/programmes/{id}/messages")
    ModelAndView patientSend(
            @PathVariable("lang") String code,
            @PathVariable long id,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "") String body) {
        return send(Lang.require(code), patients(id, me), me, true, body);
    }

    @GetMapping("/{lang:[a-z]{2}}/therapist/programmes/{id}/messages")
    ModelAndView therapistThread(
            @PathVariable("lang") String code, @PathVariable long id, @AuthenticationPrincipal AccountPrincipal me) {
        Programme programme = therapists(id, me);
        access.requireOwnerOrLinkedTherapist(programme.patientId(), me, "messages");
        return thread(Lang.require(code), programme, false, "", null);
    }

    @PostMapping("/{lang:[a-z]{2}}/therapist/programmes/{id}/messages")
    ModelAndView therapistSend(
            @PathVariable("lang") String code,
            @PathVariable long id,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "") String body) {
        return send(Lang.require(code), therapists(id, me), me, false, body);
    }

    private ModelAndView send(Lang lang, Programme programme, AccountPrincipal me, boolean fromPatient, String body) {
        String text = body.strip();
        if (text.isEmpty() || text.length() > 2000) {
            return thread(lang, programme, fromPatient, body, "message.error.body");
        }
        messages.send(programme, me.id(), fromPatient, text);
        String base = fromPatient ? "/my/programmes/" : "/therapist/programmes/";
        return new ModelAndView("redirect:/" + lang.code() + base + programme.id() + "/messages?sent");
    }

    private ModelAndView thread(Lang lang, Programme programme, boolean patient, String body, String error) {
        var page = new ModelAndView("programmes/messages")
                .addObject("lang", lang.code())
                .addObject("programme", programme)
                .addObject("asPatient", patient)
                .addObject("thread", messages.open(programme.id(), patient))
                .addObject("body", body)
                .addObject("error", error)
                .addObject(
                        "action",
                        "/" + lang.code() + (patient ? "/my/programmes/" : "/therapist/programmes/") + programme.id()
                                + "/messages");
        if (error != null) {
            page.setStatus(HttpStatus.BAD_REQUEST);
        }
        return page;
    }

    /** The patient's own programme prescribed by a therapist they are still linked to. */
    private Programme patients(long id, AccountPrincipal me) {
        return programmes
                .find(id)
                .filter(p ->
                        p.kind() == Programme.Kind.PROGRAMME && p.patientId() == me.id() && p.therapistId() != null)
                .filter(p -> access.isLinked(p.therapistId(), me.id()))
                .orElseThrow(() -> new NotFoundException("programme"));
    }

    /** A programme this therapist prescribed to a patient linked to them now. */
    private Programme therapists(long id, AccountPrincipal me) {
        Programme programme = programmes
                .find(id)
                .filter(p ->
                        p.kind() == Programme.Kind.PROGRAMME && p.therapistId() != null && p.therapistId() == me.id())
                .orElseThrow(() -> new NotFoundException("programme"));
        access.requireLinkedTherapist(programme.patientId(), me);
        return programme;
    }
}
