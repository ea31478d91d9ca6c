package org.physioportal.comments.domain;

import org.physioportal.accounts.AccountsApi;
import org.physioportal.comments.CommentPublished;
import org.physioportal.platform.Pages;
import org.physioportal.platform.SiteProperties;
import org.physioportal.platform.mail.Mailer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells a member who asked for it that someone replied to their comment (sent after commit). */
@Component
class ReplyNotifier {

    private final CommentRepository comments;
    private final AccountsApi accounts;
    private final Targets targets;
    private final Mailer mailer;
    private final Pages pages;
    private final SiteProperties site;

    ReplyNotifier(
            CommentRepository comments,
            AccountsApi accounts,
            Targets targets,
            Mailer mailer,
            Pages pages,
            SiteProperties site) {
        this.comments = comments;
        this.accounts = accounts;
        this.targets = targets;
        this.mailer = mailer;
        this.pages = pages;
        this.site = site;
    }

    @EventListener
    void on(CommentPublished published) {
        if (published.parentId() == null) {
            return;
        }
        var reply = comments.findById(published.commentId()).orElseThrow();
        comments.findById(published.parentId())
                .filter(parent ->
                        parent.authorId() != null && !parent.authorId().equals(reply.authorId()))
                .flatMap(parent -> accounts.find(parent.authorId()))
                .filter(author -> author.notifyReplies() && !author.commentBlocked())
                .ifPresent(author -> targets.find(published.target())
                        .ifPresent(page -> mailer.sendAfterCommit(
                                author.email(),
                                pages.message(author.lang(), "mail.reply.subject", page.title()),
                                pages.message(
                                        author.lang(),
                                        "mail.reply.body",
                                        author.displayName(),
                                        reply.authorName(),
                                        page.title(),
                                        site.baseUrl() + page.url() + "#comment-" + reply.id(),
                                        site.baseUrl() + "/account?lang="
                                                + author.lang().code()))));
    }
}
