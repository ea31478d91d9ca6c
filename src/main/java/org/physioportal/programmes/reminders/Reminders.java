package org.physioportal.programmes.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.physioportal.accounts.AccountSummary;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.platform.SiteProperties;
import org.physioportal.platform.mail.Mailer;
import org.physioportal.programmes.domain.Diary;
import org.physioportal.programmes.domain.Programme;
import org.physioportal.programmes.domain.Programmes;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The opt-in e-mail reminder: a patient who switched it on gets, at the chosen time (clinic time; sent
 * within {@link #WINDOW} of it), one mail a day on days their running programmes plan exercises for,
 * in their language, saying no more than "your exercises for today" and a link. The day is claimed
 * first (a row keyed by patient and day), so two nodes, or a run repeated after a crash, never send
 * it twice.
 */
@Component
class Reminders {

    static final Duration WINDOW = Duration.ofHours(2);

    private final ReminderSettingRepository settings;
    private final Programmes programmes;
    private final AccountsApi accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final SiteProperties site;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Reminders(
            ReminderSettingRepository settings,
            Programmes programmes,
            AccountsApi accounts,
            Mailer mailer,
            MessageSource messages,
            SiteProperties site,
            JdbcTemplate jdbc,
            Clock clock) {
        this.settings = settings;
        this.programmes = programmes;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.site = site;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The scheduler's run: on one node of a cluster at a time (the claimed day guards the rest). */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    @SchedulerLock(name = "programme-reminders", lockAtMostFor = "PT4M")
    void scheduledRun() {
        remind(clock.instant());
    }

    /** Mails every patient due at {@code now} who was not mailed today; returns how many mails went out. */
    public int remind(Instant now) {
        ZonedDateTime local = now.atZone(Diary.ZONE);
        LocalDate today = local.toLocalDate();
        LocalTime to = local.toLocalTime();
        LocalTime from = to.isBefore(LocalTime.MIN.plus(WINDOW)) ? LocalTime.MIN : to.minus(WINDOW);
        int sent = 0;
        for (long patientId : settings.dueBetween(from, to)) {
            if (plannedFor(patientId, today) && claim(patientId, today, now)) {
                accounts.find(patientId).ifPresent(this::mail);
                sent++;
            }
        }
        return sent;
    }

    /** Whether a running programme (started, not past its review date) plans an exercise for the day. */
    private boolean plannedFor(long patientId, LocalDate day) {
        return programmes.ofPatient(patientId).stream()
                .filter(p -> p.runsOn(day) && (p.reviewDate() == null || !day.isAfter(p.reviewDate())))
                .map(Programme::items)
                .anyMatch(items -> items.stream().anyMatch(i -> i.on(day.getDayOfWeek())));
    }

    private boolean claim(long patientId, LocalDate day, Instant now) {
        try {
            jdbc.update(
                    "insert into programme_reminder_sent (patient_id, sent_on, sent_at) values (?, ?, ?)",
                    patientId,
                    day,
                    java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC));
            return true;
        } catch (DataIntegrityViolationException alreadySent) {
            return false;
        }
    }

    private void mail(AccountSummary patient) {
        var locale = patient.lang().locale();
        String code = patient.lang().code();
        mailer.sendAfterCommit(
                patient.email(),
                messages.getMessage("reminders.mail.subject", null, locale),
                messages.getMessage(
                        "reminders.mail.text",
                        new Object[] {
                            site.baseUrl() + "/" + code + "/my/today", site.baseUrl() + "/" + code + "/my/reminders"
                        },
                        locale));
    }
}
