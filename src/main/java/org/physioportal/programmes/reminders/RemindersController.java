package org.physioportal.programmes.reminders;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.platform.SiteProperties;
import org.physioportal.shared.Lang;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * "Calendar and reminders": the opt-in e-mail reminder (on or off, a time of day) and the private
 * calendar feed, whose address is shown once, right after it is made (never in a redirect address),
 * and can be replaced or switched off.
 */
@Controller
class RemindersController {

    /** Parsed leniently ({@code 7:30}), shown as a time field's value ({@code 07:30}). */
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("H:mm").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm");

    private final ReminderSettingRepository settings;
    private final CalendarTokens tokens;
    private final SiteProperties site;
    private final Clock clock;

    RemindersController(ReminderSettingRepository settings, CalendarTokens tokens, SiteProperties site, Clock clock) {
        this.settings = settings;
        this.tokens = tokens;
        this.site = site;
        this.clock = clock;
    }

    @GetMapping("/{lang:[a-z]{2}}/my/reminders")
    ModelAndView show(@PathVariable("lang") String code, @AuthenticationPrincipal AccountPrincipal me) {
        var setting = settings.findById(me.id());
        return page(
                Lang.require(code),
                me,
                setting.map(ReminderSetting::enabled).orElse(false),
                setting.map(s -> s.remindAt().format(SHOWN)).orElse("18:00"),
                Map.of());
    }

    @PostMapping("/{lang:[a-z]{2}}/my/reminders")
    ModelAndView save(
            @PathVariable("lang") String code,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "") String enabled,
            @RequestParam(defaultValue = "") String time) {
        Lang lang = Lang.require(code);
        LocalTime at = parse(time);
        if (at == null) {
            var page = page(lang, me, "yes".equals(enabled), time, Map.of("time", "reminders.error.time"));
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        var setting = settings.findById(me.id()).orElseGet(() -> new ReminderSetting(me.id()));
        setting.change("yes".equals(enabled), at, clock.instant());
        settings.save(setting);
        return new ModelAndView("redirect:/" + lang.code() + "/my/reminders?saved");
    }

    @PostMapping("/{lang:[a-z]{2}}/my/reminders/calendar")
    ModelAndView renew(@PathVariable("lang") String code, @AuthenticationPrincipal AccountPrincipal me) {
        Lang lang = Lang.require(code);
        String token = tokens.renew(me.id());
        return show(lang.code(), me).addObject("feedUrl", site.baseUrl() + "/ical/" + token + ".ics");
    }

    @PostMapping("/{lang:[a-z]{2}}/my/reminders/calendar/revoke")
    ModelAndView revoke(@PathVariable("lang") String code, @AuthenticationPrincipal AccountPrincipal me) {
        Lang lang = Lang.require(code);
        tokens.revoke(me.id());
        return new ModelAndView("redirect:/" + lang.code() + "/my/reminders?revoked");
    }

    private ModelAndView page(
            Lang lang, AccountPrincipal me, boolean enabled, String time, Map<String, String> errors) {
        return new ModelAndView("programmes/reminders")
                .addObject("lang", lang.code())
                .addObject("enabled", enabled)
                .addObject("time", time)
                .addObject("errors", errors)
                .addObject("calendarSince", tokens.createdAt(me.id()).orElse(null));
    }

    /** A time of day as {@code H:mm} (what a browser's time field sends), else null. */
    static LocalTime parse(String text) {
        try {
            return LocalTime.parse(text.strip(), TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
