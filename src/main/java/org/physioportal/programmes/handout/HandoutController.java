package org.physioportal.programmes.handout;

import java.util.List;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.accounts.AccountSummary;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.companion.PatientAccess;
import org.physioportal.platform.SiteProperties;
import org.physioportal.programmes.domain.Programme;
import org.physioportal.programmes.domain.Programmes;
import org.physioportal.shared.Lang;
import org.physioportal.shared.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * "Print / Download PDF" of a programme: the patient's own in the language of the page, and a linked
 * therapist's copy in the patient's language or Czech and English side by side (each download is
 * recorded for the patient like any other view). The QR code leads to the patient's programme page.
 * Private pages ({@code /{lang}/my/**}, {@code /{lang}/therapist/**}): login, no-store, never cached.
 */
@Controller
class HandoutController {

    private final Programmes programmes;
    private final PatientAccess access;
    private final AccountsApi accounts;
    private final Handouts handouts;
    private final HandoutPdf pdf;
    private final SiteProperties site;

    HandoutController(
            Programmes programmes,
            PatientAccess access,
            AccountsApi accounts,
            Handouts handouts,
            HandoutPdf pdf,
            SiteProperties site) {
        this.programmes = programmes;
        this.access = access;
        this.accounts = accounts;
        this.handouts = handouts;
        this.pdf = pdf;
        this.site = site;
    }

    @GetMapping("/{lang:[a-z]{2}}/my/programmes/{id}/handout.pdf")
    ResponseEntity<byte[]> mine(
            @PathVariable("lang") String code, @PathVariable long id, @AuthenticationPrincipal AccountPrincipal me) {
        Lang lang = Lang.require(code);
        Programme programme = programmes
                .find(id)
                .filter(p -> p.kind() == Programme.Kind.PROGRAMME && p.patientId() == me.id())
                .orElseThrow(() -> new NotFoundException("programme"));
        return send(programme, List.of(lang), lang, "programme.pdf");
    }

    @GetMapping("/{lang:[a-z]{2}}/therapist/programmes/{id}/handout.pdf")
    ResponseEntity<byte[]> forPatient(
            @PathVariable("lang") String code, @PathVariable long id, @AuthenticationPrincipal AccountPrincipal me) {
        Lang.require(code);
        Programme programme = linked(id, me);
        Lang patientLang = patient(programme).lang();
        return send(programme, List.of(patientLang), patientLang, "programme.pdf");
    }

    @GetMapping("/{lang:[a-z]{2}}/therapist/programmes/{id}/handout-cs-en.pdf")
    ResponseEntity<byte[]> sideBySide(
            @PathVariable("lang") String code, @PathVariable long id, @AuthenticationPrincipal AccountPrincipal me) {
        Lang.require(code);
        Programme programme = linked(id, me);
        return send(programme, List.of(Lang.CS, Lang.EN), patient(programme).lang(), "programme-cs-en.pdf");
    }

    /** A programme of a patient linked to this therapist (the view recorded for the patient), else 404. */
    private Programme linked(long id, AccountPrincipal me) {
        Programme programme = programmes
                .find(id)
                .filter(p -> p.kind() == Programme.Kind.PROGRAMME && p.patientId() != me.id())
                .orElseThrow(() -> new NotFoundException("programme"));
        access.requireOwnerOrLinkedTherapist(programme.patientId(), me, "handout");
        return programme;
    }

    private AccountSummary patient(Programme programme) {
        return accounts.find(programme.patientId()).orElseThrow(() -> new NotFoundException("patient"));
    }

    private ResponseEntity<byte[]> send(Programme programme, List<Lang> langs, Lang linkLang, String name) {
        String link = site.baseUrl() + "/" + linkLang.code() + "/my/programmes#programme-" + programme.id();
        byte[] body = pdf.render(handouts.of(programme, langs, link));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
