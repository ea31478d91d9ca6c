package org.physioportal.editorial.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.physioportal.accounts.AccountSummary;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.platform.SiteProperties;
import org.physioportal.platform.mail.Mailer;
import org.physioportal.shared.ContentListing;
import org.physioportal.shared.Status;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A published item past its next review date mails its reviewer once a week while it stays overdue:
 * the editor who approved its published version (the second pair of eyes), or, for content that
 * never went through the back office, the last editor who changed it. Readers meanwhile see a calm
 * notice on the page, and the overview lists it.
 */
@Component
public class ReviewReminders {

    static final Duration EVERY = Duration.ofDays(7);
    private static final int BATCH = 200;
    private static final ZoneId CLINIC = ZoneId.of("Europe/Prague");

    private final ArticlesApi articles;
    private final Revisions revisions;
    private final ReviewReminderRepository reminders;
    private final AccountsApi accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final SiteProperties site;
    private final Clock clock;

    ReviewReminders(
            ArticlesApi articles,
            Revisions revisions,
            ReviewReminderRepository reminders,
            AccountsApi accounts,
            Mailer mailer,
            MessageSource messages,
            SiteProperties site,
            Clock clock) {
        this.articles = articles;
        this.revisions = revisions;
        this.reminders = reminders;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.site = site;
        this.clock = clock;
    }

    /** The scheduler's run: on one node of a cluster at a time. */
    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT2M")
    @SchedulerLock(name = "review-reminders")
    void scheduledRun() {
        remind();
    }

    /** Mails the reviewers who were not reminded in the last week; returns how many mails went out. */
    @Transactional
    public int remind() {
        Instant now = clock.instant();
        int sent = 0;
        for (ContentListing item : articles.dueForReview(LocalDate.ofInstant(now, CLINIC), BATCH)) {
            if (item.status() != Status.PUBLISHED) {
                continue;
            }
            var reminder = reminders.find(item.ref());
            if (reminder.isPresent() && reminder.get().mailedAt().isAfter(now.minus(EVERY))) {
                continue;
            }
            var reviewer = reviewerOf(item);
            if (reviewer == null) {
                continue;
            }
            mail(reviewer, item);
            reminder.ifPresentOrElse(r -> r.mailed(now), () -> reminders.save(new ReviewReminder(item.ref(), now)));
            sent++;
        }
        return sent;
    }

    private AccountSummary reviewerOf(ContentListing item) {
        Long id = revisions.lastApproverId(item.ref());
        if (id == null) {
            id = revisions.lastContentAuthorId(item.ref());
        }
        return id == null ? null : accounts.find(id).orElse(null);
    }

    private void mail(AccountSummary reviewer, ContentListing item) {
        Locale locale = reviewer.lang().locale();
        String link = site.baseUrl() + "/admin/" + item.ref().type().pathSegment() + "/"
                + item.ref().id();
        mailer.sendAfterCommit(
                reviewer.email(),
                messages.getMessage("editorial.review-mail.subject", new Object[] {item.title()}, locale),
                messages.getMessage(
                        "editorial.review-mail.text",
                        new Object[] {item.title(), item.nextReviewAt().toString(), link},
                        locale));
    }
}
