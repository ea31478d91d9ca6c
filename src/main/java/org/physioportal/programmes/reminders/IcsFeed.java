package org.physioportal.programmes.reminders;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateStart;
import biweekly.util.Duration;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.physioportal.accounts.AccountSummary;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.platform.SiteProperties;
import org.physioportal.programmes.domain.Diary;
import org.physioportal.programmes.domain.Programme;
import org.physioportal.programmes.domain.ProgrammeItem;
import org.physioportal.programmes.domain.Programmes;
import org.physioportal.shared.Lang;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A patient's planned sessions as iCalendar (written by biweekly): per programme one weekly event on
 * the weekdays its exercises are planned for, from the start date to the review date, at the time of
 * the patient's reminder (else {@link #DEFAULT_TIME}) in the clinic's time zone. Events say no more
 * than the programme's title and a link to the day's page.
 */
@Component
class IcsFeed {

    static final LocalTime DEFAULT_TIME = LocalTime.of(18, 0);

    private final Programmes programmes;
    private final ReminderSettingRepository settings;
    private final AccountsApi accounts;
    private final MessageSource messages;
    private final SiteProperties site;

    IcsFeed(
            Programmes programmes,
            ReminderSettingRepository settings,
            AccountsApi accounts,
            MessageSource messages,
            SiteProperties site) {
        this.programmes = programmes;
        this.settings = settings;
        this.accounts = accounts;
        this.messages = messages;
        this.site = site;
    }

    @Transactional(readOnly = true)
    String of(long patientId) {
        Lang lang = accounts.find(patientId).map(AccountSummary::lang).orElse(Lang.EN);
        LocalTime at =
                settings.findById(patientId).map(ReminderSetting::remindAt).orElse(DEFAULT_TIME);
        var calendar = new ICalendar();
        calendar.setProductId("-//Physio Portal//Programmes//EN");
        calendar.getTimezoneInfo().setDefaultTimezone(ClinicZone.of(Diary.ZONE));
        programmes.ofPatient(patientId).forEach(p -> event(p, at, lang).ifPresent(calendar::addEvent));
        return Biweekly.write(calendar).go();
    }

    private Optional<VEvent> event(Programme programme, LocalTime at, Lang lang) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        programme.items().stream().map(ProgrammeItem::days).forEach(days::addAll);
        if (days.isEmpty() || programme.startDate() == null) {
            return Optional.empty();
        }
        LocalDate first = programme.startDate();
        while (!days.contains(first.getDayOfWeek())) {
            first = first.plusDays(1);
        }
        LocalDate last = programme.reviewDate();
        if (last != null && first.isAfter(last)) {
            return Optional.empty();
        }
        String link = site.baseUrl() + "/" + lang.code() + "/my/today";
        var event = new VEvent();
        event.setUid(
                "programme-" + programme.id() + "@" + URI.create(site.baseUrl()).getHost());
        event.setSummary(messages.getMessage("calendar.summary", new Object[] {programme.title()}, lang.locale()));
        event.setDescription(messages.getMessage("calendar.description", new Object[] {link}, lang.locale()));
        event.setUrl(link);
        event.setDateStart(new DateStart(instant(first, at), true));
        event.setDuration(Duration.builder().minutes(30).build());
        event.setRecurrenceRule(weekly(days, last));
        return Optional.of(event);
    }

    /** Every week on the days, until the end of the review day (if there is one). */
    private static Recurrence weekly(Set<DayOfWeek> days, LocalDate last) {
        var rule = new Recurrence.Builder(Frequency.WEEKLY);
        days.forEach(d -> rule.byDay(biweekly.util.DayOfWeek.valueOf(d.name())));
        if (last != null) {
            rule.until(instant(last, LocalTime.of(23, 59, 59)), true);
        }
        return rule.build();
    }

    private static Date instant(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(Diary.ZONE).toInstant());
    }
}
