package org.physioportal.accounts.domain;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.physioportal.platform.Pages;
import org.physioportal.platform.SiteProperties;
import org.physioportal.platform.mail.Mailer;
import org.physioportal.shared.Lang;
import org.springframework.stereotype.Component;

/** The account e-mails, in the account's language, with absolute links to the site. */
@Component
class AccountMails {

    private final Mailer mailer;
    private final Pages pages;
    private final SiteProperties site;

    AccountMails(Mailer mailer, Pages pages, SiteProperties site) {
        this.mailer = mailer;
        this.pages = pages;
        this.site = site;
    }

    /** The confirmation link; it carries {@code next} (a path on this site, or null) on to the login. */
    void verify(Account account, String token, String next) {
        String link = link("/account/verify", token, account.lang());
        send(
                account,
                "verify",
                next == null ? link : link + "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }

    /** Someone tried to register an address that already has an account: a link to set a new password. */
    void alreadyRegistered(Account account, String resetToken) {
        send(account, "exists", link("/account/reset/new", resetToken, account.lang()));
    }

    void reset(Account account, String token) {
        send(account, "reset", link("/account/reset/new", token, account.lang()));
    }

    void passwordChanged(Account account) {
        send(
                account,
                "changed",
                site.baseUrl() + "/account/reset?lang=" + account.lang().code());
    }

    private void send(Account account, String kind, String link) {
        Lang lang = account.lang();
        mailer.sendAfterCommit(
                account.email(),
                pages.message(lang, "mail." + kind + ".subject", site.name()),
                pages.message(lang, "mail." + kind + ".body", account.displayName(), link, site.name()));
    }

    private String link(String path, String token, Lang lang) {
        return site.baseUrl() + path + "?lang=" + lang.code() + "&token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
