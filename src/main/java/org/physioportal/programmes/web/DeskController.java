package org.physioportal.programmes.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.companion.PatientAccess;
import org.physioportal.companion.PatientSummary;
import org.physioportal.programmes.domain.DeskFigures;
import org.physioportal.programmes.domain.Diary;
import org.physioportal.programmes.domain.Progress;
import org.physioportal.shared.Lang;
import org.physioportal.shared.PageResult;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The therapist's desk: linked patients ordered by need of attention (adherence under 50 % over 14
 * days, pain up by 2 or more over two weeks, nothing logged for 7 days), most flags first, in pages
 * of {@link #PAGE_SIZE}: the first page holds those who need attention most. Showing a patient's
 * flags is a view of their data, so it is recorded for the patients on the page shown (and only for
 * them).
 */
@Controller
class DeskController {

    /** Rows a page: a working list a therapist reads at a glance, not a whole caseload. */
    static final int PAGE_SIZE = 50;

    private final PatientAccess access;
    private final DeskFigures figures;
    private final Diary diary;

    DeskController(PatientAccess access, DeskFigures figures, Diary diary) {
        this.access = access;
        this.figures = figures;
        this.diary = diary;
    }

    record DeskRow(PatientSummary patient, Progress.Attention attention) {}

    @GetMapping("/{lang:[a-z]{2}}/therapist")
    ModelAndView desk(
            @PathVariable("lang") String code,
            @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal AccountPrincipal me) {
        Lang lang = Lang.require(code);
        List<PatientSummary> patients = access.linkedPatients(me.id());
        Map<Long, Progress.Attention> attention =
                figures.attention(patients.stream().map(PatientSummary::id).toList(), diary.today());
        List<DeskRow> rows = patients.stream()
                .map(p -> new DeskRow(p, attention.get(p.id())))
                .sorted(Comparator.comparingInt((DeskRow r) -> -r.attention().score())
                        .thenComparing(r -> r.patient().displayName()))
                .toList();
        int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.clamp(page, 1, pages);
        List<DeskRow> onPage = rows.subList((shown - 1) * PAGE_SIZE, Math.min(rows.size(), shown * PAGE_SIZE));
        access.recordViews(onPage.stream().map(r -> r.patient().id()).toList(), me, "desk");
        return new ModelAndView("programmes/desk")
                .addObject("lang", lang.code())
                .addObject("rows", onPage)
                .addObject("page", new PageResult<>(onPage, shown, PAGE_SIZE, rows.size()))
                .addObject("needing", rows.stream().filter(r -> r.attention().score() > 0).count())
                .addObject("pagerBase", "/" + lang.code() + "/therapist");
    }
}
