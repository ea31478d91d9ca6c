package org.physioportal.programmes.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.programmes.domain.Diary;
import org.physioportal.programmes.domain.NewSession;
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

/** The patient's day, phone first: today's exercises, then pain, effort and a note for the session. */
@Controller
class TodayController {

    private static final ScaleChoices SCALES = new ScaleChoices();

    private final Programmes programmes;
    private final Diary diary;
    private final TodayView view;

    TodayController(Programmes programmes, Diary diary, TodayView view) {
        this.programmes = programmes;
        this.diary = diary;
        this.view = view;
    }

    @GetMapping("/{lang:[a-z]{2}}/my/today")
    ModelAndView today(@PathVariable("lang") String code, @AuthenticationPrincipal AccountPrincipal me) {
        return page(Lang.require(code), me, new SessionForm(), Map.of());
    }

    @PostMapping("/{lang:[a-z]{2}}/my/today")
    ModelAndView log(
            @PathVariable("lang") String code,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "") String programme,
            @RequestParam(defaultValue = "") String key,
            @RequestParam(defaultValue = "") String pain,
            @RequestParam(defaultValue = "") String effort,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(name = "done", required = false) List<String> done) {
        Lang lang = Lang.require(code);
        var form = new SessionForm(programme, key, pain, effort, note, done == null ? List.of() : done);
        Map<String, String> errors = new HashMap<>();
        List<Programme> own = programmes.ofPatient(me.id());
        NewSession session = form.check(own, diary.today(), errors);
        if (errors.containsKey("programme")) {
            throw new NotFoundException("programme");
        }
        if (session == null) {
            return page(lang, me, form, errors);
        }
        diary.log(me.id(), session);
        return new ModelAndView("redirect:/" + lang.code() + "/my/today?logged");
    }

    private ModelAndView page(Lang lang, AccountPrincipal me, SessionForm form, Map<String, String> errors) {
        var page = view.today(lang, me.id(), diary.today())
                .addObject("form", form)
                .addObject("key", form.key().isEmpty() ? UUID.randomUUID().toString() : form.key())
                .addObject("errors", errors)
                .addObject("scales", SCALES)
                .addObject("installable", true);
        if (!errors.isEmpty()) {
            page.setStatus(HttpStatus.BAD_REQUEST);
        }
        return page;
    }
}
