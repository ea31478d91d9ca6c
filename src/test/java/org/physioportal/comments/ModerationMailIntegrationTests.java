package org.physioportal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.physioportal.MailBox;
import org.physioportal.WebSession;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountFixtures.TestAccount;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.comments.domain.ModerationDigest;
import org.physioportal.shared.Lang;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Moderators who ask for it on their account page get an e-mail when comments wait: at most one an
 * hour, only when something new came in, once however many runs overlap.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mail.port=23112", "portal.comments.moderation-mail-every=PT24H"})
@ActiveProfiles("test")
class ModerationMailIntegrationTests {

    @RegisterExtension
    static GreenMailExtension mail = MailBox.server(23112);

    @LocalServerPort
    int port;

    @Autowired
    AccountsApi accounts;

    @Autowired
    ArticlesApi articles;

    @Autowired
    ModerationDigest digest;

    @Autowired
    JdbcTemplate jdbc;

    WebSession as(TestAccount account) {
        var web = new WebSession(port);
        web.login(account.email(), AccountFixtures.PASSWORD);
        web.get("/account?lang=en");
        return web;
    }

    /** Ticks (or unticks) the box on the account page, as the person would. */
    int optIn(WebSession web, TestAccount account, boolean on) {
        return web.post(
                        "/account/profile",
                        "displayName",
                        account.displayName(),
                        "notifyModeration",
                        Boolean.toString(on),
                        "lang",
                        "en")
                .statusCode();
    }

    boolean optedIn(TestAccount account) {
        return accounts.find(account.id()).orElseThrow().notifyModeration();
    }

    void aMemberComments() {
        long article = articles.findPublished(Lang.EN, "running-and-lower-back-pain")
                .orElseThrow()
                .id();
        var member = as(AccountFixtures.create(accounts, Role.MEMBER));
        member.get("/en/articles/running-and-lower-back-pain");
        var posted = member.post(
                "/comments",
                "targetType",
                "ARTICLE",
                "targetId",
                Long.toString(article),
                "body",
                "Waits for a moderator " + UUID.randomUUID(),
                "lang",
                "en");
        assertThat(posted.statusCode()).isEqualTo(303);
    }

    void lastMailedAgo(TestAccount account, Duration ago) {
        jdbc.update(
                "update moderation_notice set sent_at = ? where account_id = ?",
                Instant.now().minus(ago).atOffset(ZoneOffset.UTC),
                account.id());
    }

    /** Every waiting comment came in this long ago (so none is newer than a mail sent since). */
    void allWaitingCameIn(Duration ago) {
        jdbc.update(
                "update comment set created_at = ? where status = 'PENDING'",
                Instant.now().minus(ago).atOffset(ZoneOffset.UTC));
    }

    @Test
    void onlyModeratorsAndAdminsSeeAndKeepTheBox() {
        for (Role role : new Role[] {Role.MODERATOR, Role.ADMIN}) {
            TestAccount account = AccountFixtures.create(accounts, role);
            var web = as(account);
            var page = Jsoup.parse(web.get("/account?lang=en").body());
            assertThat(page.select("input#notifyModeration[type=checkbox]"))
                    .as(role.name())
                    .hasSize(1);
            assertThat(optIn(web, account, true)).isEqualTo(302);
            assertThat(optedIn(account)).as(role.name()).isTrue();
            assertThat(Jsoup.parse(web.get("/account?lang=en").body()).select("input#notifyModeration[checked]"))
                    .hasSize(1);
            optIn(web, account, false);
            assertThat(optedIn(account)).isFalse();
        }
        for (Role role : new Role[] {Role.MEMBER, Role.EDITOR}) {
            TestAccount account = AccountFixtures.create(accounts, role);
            var web = as(account);
            assertThat(Jsoup.parse(web.get("/account?lang=en").body()).select("#notifyModeration"))
                    .as(role.name())
                    .isEmpty();
            assertThat(optIn(web, account, true)).as("the form is saved").isEqualTo(302);
            assertThat(optedIn(account))
                    .as("but the box is not kept for a " + role)
                    .isFalse();
        }
    }

    @Test
    void aSubscribedModeratorIsMailedAtMostHourlyAndOnlyAboutNewComments() throws InterruptedException {
        TestAccount moderator = AccountFixtures.create(accounts, Role.MODERATOR);
        TestAccount quiet = AccountFixtures.create(accounts, Role.MODERATOR);
        optIn(as(moderator), moderator, true);

        aMemberComments();
        digest.send();
        String text = MailBox.textTo(mail, moderator.email(), "/moderation?lang=en");
        assertThat(text).contains("Hello " + moderator.displayName()).contains("/account?lang=en");
        assertThat(MailBox.countTo(mail, quiet.email())).isZero();

        digest.send();
        aMemberComments();
        digest.send();
        assertThat(mailsTo(moderator)).as("within the hour").isEqualTo(1);

        lastMailedAgo(moderator, Duration.ofMinutes(61));
        digest.send();
        assertThat(mailsTo(moderator)).as("an hour on, with a new comment").isEqualTo(2);

        allWaitingCameIn(Duration.ofHours(3));
        lastMailedAgo(moderator, Duration.ofHours(2));
        digest.send();
        assertThat(mailsTo(moderator))
                .as("an hour on, but nothing new since the last mail")
                .isEqualTo(2);
    }

    @Test
    void runsThatOverlapSendOneMail() throws Exception {
        TestAccount moderator = AccountFixtures.create(accounts, Role.ADMIN);
        optIn(as(moderator), moderator, true);
        aMemberComments();
        Callable<Integer> run = digest::send;
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Future<Integer>> runs = pool.invokeAll(List.of(run, run, run, run));
            for (Future<Integer> r : runs) {
                r.get();
            }
        }
        assertThat(MailBox.textTo(mail, moderator.email(), "/moderation")).isNotEmpty();
        assertThat(mailsTo(moderator)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from moderation_notice where account_id = ?", Long.class, moderator.id()))
                .isEqualTo(1);
    }

    /** Mails to the account after a moment for any late one to arrive. */
    long mailsTo(TestAccount account) throws InterruptedException {
        Thread.sleep(300);
        return MailBox.countTo(mail, account.email());
    }
}
