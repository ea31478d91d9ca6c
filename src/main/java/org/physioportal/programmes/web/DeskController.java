package org.physioportal.programmes.web;

import jakarta.servlet.http.HttpServletRequest;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.companion.PatientSummary;
import org.physioportal.programmes.domain.Desk;
import org.physioportal.programmes.domain.Progress;
import org.physioportal.shared.Lang;
import org.physioportal.shared.NotFoundException;
import org.physioportal.shared.PageResult;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The therapist's desk ({@link Desk}): its page as a table, in the reader's language. */
@Controller
class DeskController {

    private final Desk desk;
    private final MessageSource messages;

    DeskController(Desk desk, MessageSource messages) {
        this.desk = desk;
        this.messages = messages;
    }

    @GetMapping("/{lang:[a-z]{2}}/therapist")
    ModelAndView desk(
            @PathVariable("lang") String code,
            @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal AccountPrincipal me,
            HttpServletRequest request) {
        Lang lang = Lang.require(code);
        Desk.Page shown;
        try {
            shown = desk.page(me, page);
        } catch (NotFoundException linkEndedMeanwhile) {
            // a patient's link ended between reading the links and recording the view: read again
            shown = desk.page(me, page);
        }
        NumberFormat oneDecimal = oneDecimal(lang.locale());
        String base = request.getContextPath() + "/" + lang.code() + "/therapist/patients/";
        List<DeskTable.Row> rows = shown.lines().stream()
                .map(l -> row(lang, oneDecimal, base, l.patient(), l.attention()))
                .toList();
        String calm = messages.getMessage("desk.flag.none", null, lang.locale());
        return new ModelAndView("programmes/desk")
                .addObject("lang", lang.code())
                .addObject("rows", rows)
                .addObject("tableRows", DeskTable.rows(rows, calm))
                .addObject("page", new PageResult<>(rows, shown.page(), Desk.PAGE_SIZE, shown.total()))
                .addObject("needing", shown.needing())
                .addObject("pagerBase", "/" + lang.code() + "/therapist");
    }

    private DeskTable.Row row(
            Lang lang, NumberFormat oneDecimal, String base, PatientSummary patient, Progress.Attention a) {
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
        return new DeskTable.Row(
                patient.id(),
                patient.displayName(),
                base + patient.id(),
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
