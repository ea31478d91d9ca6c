package org.physioportal.programmes.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.exercises.ExerciseView;
import org.physioportal.programmes.domain.Messages;
import org.physioportal.programmes.domain.Programme;
import org.physioportal.programmes.domain.ProgrammeContent;
import org.physioportal.programmes.domain.Programmes;
import org.physioportal.shared.Lang;
import org.physioportal.shared.NotFoundException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The patient's programmes: those a therapist prescribed (read only) and their own, which they
 * build and change, also from an article's exercises or an exercise page ("Add to my programme").
 */
@Controller
class MyProgrammeController {

    private final Programmes programmes;
    private final ProgrammeViews views;
    private final Messages messages;

    MyProgrammeController(Programmes programmes, ProgrammeViews views, Messages messages) {
        this.programmes = programmes;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping("/{lang:[a-z]{2}}/my/programmes")
    ModelAndView list(@PathVariable("lang") String code, @AuthenticationPrincipal AccountPrincipal me) {
        Lang lang = Lang.require(code);
        List<Programme> list = programmes.ofPatient(me.id());
        return views.withProgress(
                new ModelAndView("programmes/mine")
                        .addObject("lang", lang.code())
                        .addObject("programmes", list)
                        .addObject("exercises", views.exercisesOf(list, lang))
                        .addObject(
                                "unread",
                                messages.unread(list.stream().map(Programme::id).toList(), true)),
                me.id());
    }

    @GetMapping("/{lang:[a-z]{2}}/my/programmes/new")
    ModelAndView newForm(@PathVariable("lang") String code) {
        Lang lang = Lang.require(code);
        return views.form(
                lang,
                "programme.own.new",
                "/" + lang.code() + "/my/programmes/new",
                new ProgrammeForm().withEmptyRows(),
                true,
                Map.of());
    }

    @PostMapping("/{lang:[a-z]{2}}/my/programmes/new")
    ModelAndView create(
            @PathVariable("lang") String code,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute ProgrammeForm form) {
        Lang lang = Lang.require(code);
        return views.saveOrShow(
                form, lang, "programme.own.new", "/" + lang.code() + "/my/programmes/new", true, content -> {
                    programmes.create(me.id(), null, content);
                    return "/" + lang.code() + "/my/programmes?saved";
                });
    }

    @GetMapping("/{lang:[a-z]{2}}/my/programmes/{id}")
    ModelAndView edit(
            @PathVariable("lang") String code, @PathVariable long id, @AuthenticationPrincipal AccountPrincipal me) {
        Lang lang = Lang.require(code);
        return views.form(
                lang,
                "programme.own.edit",
                "/" + lang.code() + "/my/programmes/" + id,
                ProgrammeForm.of(own(id, me)),
                true,
                Map.of());
    }

    @PostMapping("/{lang:[a-z]{2}}/my/programmes/{id}")
    ModelAndView update(
            @PathVariable("lang") String code,
            @PathVariable long id,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute ProgrammeForm form) {
        Lang lang = Lang.require(code);
        own(id, me);
        return views.saveOrShow(
                form, lang, "programme.own.edit", "/" + lang.code() + "/my/programmes/" + id, true, content -> {
                    programmes.update(id, content);
                    return "/" + lang.code() + "/my/programmes?saved";
                });
    }

    /** "Add to my programme": which exercises, into which of my own programmes (or a new one). */
    @GetMapping("/{lang:[a-z]{2}}/my/programmes/add")
    ModelAndView add(
            @PathVariable("lang") String code,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(name = "exercise", required = false) List<Long> ids) {
        Lang lang = Lang.require(code);
        List<ExerciseView> chosen = views.publishedInOrder(
                ids == null ? List.of() : ids.stream().limit(50).toList(), lang);
        if (chosen.isEmpty()) {
            throw new NotFoundException("exercises");
        }
        return new ModelAndView("programmes/add")
                .addObject("lang", lang.code())
                .addObject("chosen", chosen)
                .addObject(
                        "own",
                        programmes.ofPatient(me.id()).stream()
                                .filter(Programme::selfManaged)
                                .toList());
    }

    @PostMapping("/{lang:[a-z]{2}}/my/programmes/add")
    ModelAndView addTo(
            @PathVariable("lang") String code,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(name = "exercise", required = false) List<Long> ids,
            @RequestParam(defaultValue = "new") String target) {
        Lang lang = Lang.require(code);
        List<ExerciseView> chosen = views.publishedInOrder(
                ids == null ? List.of() : ids.stream().limit(50).toList(), lang);
        if (chosen.isEmpty()) {
            throw new NotFoundException("exercises");
        }
        var form = new ProgrammeForm();
        form.prefill(chosen);
        Map<String, String> errors = new HashMap<>();
        form.setTitle(views.message(lang, "programme.own.default-title"));
        ProgrammeContent content = views.check(form, lang, false, errors);
        if (content == null) {
            String action = "/" + lang.code() + "/my/programmes/new";
            return views.form(lang, "programme.own.new", action, form.withEmptyRows(), true, errors);
        }
        Long into = "new".equals(target) ? null : parseId(target);
        long id = programmes.addToOwn(me.id(), into, content.title(), new ArrayList<>(content.items()));
        return new ModelAndView("redirect:/" + lang.code() + "/my/programmes/" + id + "?added");
    }

    private Programme own(long id, AccountPrincipal me) {
        return programmes
                .find(id)
                .filter(p -> p.selfManaged() && p.patientId() == me.id())
                .orElseThrow(() -> new NotFoundException("programme"));
    }

    private static Long parseId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new NotFoundException("programme");
        }
    }
}
