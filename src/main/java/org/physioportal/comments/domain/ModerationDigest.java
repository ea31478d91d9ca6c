package org.physioportal.comments.domain;

import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.physioportal.accounts.AccountSummary;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.platform.Pages;
import org.physioportal.platform.SiteProperties;
import org.physioportal.platform.mail.Mailer;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails the moderators who asked for it (a box on their account page) when comments wait for
 * approval: at most one mail an hour each, and only when a comment came in since their last one.
 * Runs every few minutes ({@code portal.comments.moderation-mail-every}, 5 minutes) on one node
 * at a time; the claim in {@link ModerationNotices} keeps it to one mail even if two runs overlap.
 */
@Component
public class ModerationDigest {

    private final CommentRepository comments;
    private final ModerationNotices notices;
    private final AccountsApi accounts;
    private final Mailer mailer;
    private final Pages pages;
    private final SiteProperties site;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ModerationDigest(
            CommentRepository comments,
            ModerationNotices notices,
            AccountsApi accounts,
            Mailer mailer,
            Pages pages,
            SiteProperties site,
            TransactionTemplate transactions,
            Clock clock) {
        this.comments = comments;
        this.notices = notices;
        this.accounts = accounts;
        this.mailer = mailer;
        this.pages = pages;
        this.site = site;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${portal.comments.moderation-mail-every:PT5M}",
            initialDelayString = "${portal.comments.moderation-mail-every:PT5M}")
    @SchedulerLock(name = "moderation-digest")
    void scheduledRun() {
        send();
    }

    /** Mails every moderator whose turn it is; returns how many mails went out. */
    public int send() {
        var newest = comments.findFirstByStatusOrderByCreatedAtDesc(CommentStatus.PENDING);
        if (newest.isEmpty()) {
            return 0;
        }
        long waiting = comments.countByStatus(CommentStatus.PENDING);
        Instant now = clock.instant();
        int sent = 0;
        for (AccountSummary moderator : accounts.moderationSubscribers()) {
            if (mailIfDue(moderator, now, newest.get().createdAt(), waiting)) {
                sent++;
            }
        }
        return sent;
    }

    /** One moderator in a transaction of their own: the claim commits, then the mail goes. */
    private boolean mailIfDue(AccountSummary moderator, Instant now, Instant newest, long waiting) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                if (!notices.claim(moderator.id(), now, newest)) {
                    return false;
                }
                mailer.sendAfterCommit(
                        moderator.email(),
                        pages.message(moderator.lang(), "mail.moderation.subject", site.name(), waiting),
                        pages.message(
                                moderator.lang(),
                                "mail.moderation.body",
                                moderator.displayName(),
                                waiting,
                                site.baseUrl() + "/moderation?lang="
                                        + moderator.lang().code(),
                                site.baseUrl() + "/account?lang="
                                        + moderator.lang().code()));
                return true;
            }));
        } catch (DataIntegrityViolationException anotherNodeWasFirst) {
            return false;
        }
    }
}
