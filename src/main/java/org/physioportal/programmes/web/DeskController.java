package org.physioportal.programmes.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.companion.PatientAccess;
import org.physioportal.companion.PatientSummary;
import org.physioportal.programmes.domain.Diary;
import org.physioportal.programmes.domain.Progress;
import org.physioportal.shared.Lang;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The therapist's desk: linked patients ordered by need of attention (adherence under 50 % over 14
 * days, pain up by 2 or more over two weeks, nothing logged for 7 days), most flags first. Showing
 * these flags is a view of each patient's data, so each is recorded for the patient.
 */
@Controller
class DeskController {

    private final PatientAccess access;
    private final Progress progress;
    private final Diary diary;

    DeskController(PatientAccess access, Progress progress, Diary diary) {
        this.access = access;
        this.progress = progress;
        this.diary = diary;
    }

    record DeskRow(PatientSummary patient, Progress.Attention attention) {}

    @GetMapping("/{lang:[a-z]{2}}/therapist")
    ModelAndView desk(@PathVariable("lang") String code, @AuthenticationPrincipal AccountPrincipal me) {
        Lang lang = Lang.require(code);
        List<PatientSummary> patients = access.linkedPatients(me.id());
        List<Long> ids = patients.stream().map(PatientSummary::id).toList();
        access.recordViews(ids, me, "desk");
        Map<Long, Progress.Attention> attention = progress.attention(ids, diary.today());
        List<DeskRow> rows = patients.stream()
                .map(p -> new DeskRow(p, attention.get(p.id())))
                .sorted(Comparator.comparingInt((DeskRow r) -> -r.attention().score())
                        .thenComparing(r -> r.patient().displayName()))
                .toList();
        return new ModelAndView("programmes/desk")
                .addObject("lang", lang.code())
                .addObject("rows", rows);
    }
}
