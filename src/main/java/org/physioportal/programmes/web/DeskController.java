package org.physioportal.programmes.web;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.companion.PatientAccess;
import org.physioportal.companion.PatientSummary;
import org.physioportal.programmes.domain.DeskFigures;
import org.physioportal.programmes.domain.Diary;
import org.physioportal.programmes.domain.Progress;
import org.physioportal.shared.Lang;
import org.physioportal.shared.PageResult;
import org.springframework.context.MessageSource;
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
    private final MessageSource messages;

    DeskController(PatientAccess access, DeskFigures figures, Diary diary, MessageSource messages) {
        this.access = access;
        this.figures = figures;
        this.diary = diary;
        this.messages = messages;
    }

    /**
     * A row as shown: its texts are put together here, once, rather than by the template per cell;
     * read through getters, which the template's compiled expressions call directly (record
     * accessors are looked up by reflection on every cell).
     */
    public static final class DeskRow {
        private final PatientSummary patient;
        private final String href;
        private final String adherence;
        private final String pain;
        private final String last;
        private final List<String> flags;

        DeskRow(PatientSummary patient, String href, String adherence, String pain, String last, List<String> flags) {
            this.patient = patient;
            this.href = href;
            this.adherence = adherence;
            this.pain = pain;
            this.last = last;
            this.flags = flags;
        }

        PatientSummary patient() {
            return patient;
        }

        public String getName() {
            return patient.displayName();
        }

        public String getHref() {
            return href;
        }

        public String getAdherence() {
            return adherence;
        }

        public String getPain() {
            return pain;
        }

        public String getLast() {
            return last;
        }

        public List<String> getFlags() {
            return flags;
        }

        public boolean isCalm() {
            return flags.isEmpty();
        }
    }

    @GetMapping("/{lang:[a-z]{2}}/therapist")
    ModelAndView desk(
            @PathVariable("lang") String code,
            @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal AccountPrincipal me) {
        Lang lang = Lang.require(code);
        List<PatientSummary> patients = access.linkedPatients(me.id());
        Map<Long, Progress.Attention> attention =
                figures.attention(patients.stream().map(PatientSummary::id).toList(), diary.today());
        record Ranked(PatientSummary patient, Progress.Attention attention) {}
        List<Ranked> rows = patients.stream()
                .map(p -> new Ranked(p, attention.get(p.id())))
                .sorted(Comparator.comparingInt((Ranked r) -> -r.attention().score())
                        .thenComparing(r -> r.patient().displayName()))
                .toList();
        int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.clamp(page, 1, pages);
        NumberFormat oneDecimal = oneDecimal(lang.locale());
        List<DeskRow> onPage = rows.subList((shown - 1) * PAGE_SIZE, Math.min(rows.size(), shown * PAGE_SIZE)).stream()
                .map(r -> row(lang, oneDecimal, r.patient(), r.attention()))
                .toList();
        access.recordViews(onPage.stream().map(r -> r.patient().id()).toList(), me, "desk");
        return new ModelAndView("programmes/desk")
                .addObject("lang", lang.code())
                .addObject("rows", onPage)
                .addObject("page", new PageResult<>(onPage, shown, PAGE_SIZE, rows.size()))
                .addObject(
                        "needing",
                        rows.stream().filter(r -> r.attention().score() > 0).count())
                .addObject("pagerBase", "/" + lang.code() + "/therapist");
    }

    private DeskRow row(Lang lang, NumberFormat oneDecimal, PatientSummary patient, Progress.Attention a) {
        Locale locale = lang.locale();
        List<String> flags = new ArrayList<>(3);
        if (a.lowAdherence()) {
            flags.add(messages.getMessage("desk.flag.adherence", null, locale));
        }
        if (a.painUp()) {
            flags.add(messages.getMessage("desk.flag.pain", null, locale));
        }
        if (a.silent()) {
            flags.add(messages.getMessage("desk.flag.silent", null, locale));
        }
        return new DeskRow(
                patient,
                "/" + lang.code() + "/therapist/patients/" + patient.id(),
                a.adherence14() == null ? "–" : a.adherence14() + " %",
                a.painChange() == null ? "–" : oneDecimal.format(a.painChange()),
                last(a.daysSinceLog(), locale),
                flags);
    }

    private String last(long daysAgo, Locale locale) {
        if (daysAgo == Long.MAX_VALUE) {
            return messages.getMessage("desk.never", null, locale);
        }
        if (daysAgo <= 1) {
            return messages.getMessage(daysAgo == 0 ? "desk.today" : "desk.yesterday", null, locale);
        }
        return messages.getMessage("desk.days-ago", new Object[] {daysAgo}, locale);
    }

    /** One decimal in the reader's language, rounded half to even (as the template's formatDecimal did). */
    private static NumberFormat oneDecimal(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format;
    }
}
