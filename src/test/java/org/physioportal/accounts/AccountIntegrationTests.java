package org.physioportal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.physioportal.MailBox;
import org.physioportal.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Registration, login, reset, profile and roles over real HTTP, with mail caught by GreenMail. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccountIntegrationTests {

    static final String GOOD_PASSWORD = "Běhám každé ráno 5 km";

    @RegisterExtension
    static GreenMailExtension mail = MailBox.server();

    @LocalServerPort
    int port;

    @Autowired
    AccountsApi accounts;

    @Autowired
    JdbcTemplate jdbc;

    WebSession session() {
        return new WebSession(port);
    }

    static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
    }

    /** A page's HTML without what differs on every response anyway (script nonce, CSRF token). */
    static String stable(String html) {
        return html.replaceAll("nonce=\"[^\"]*\"", "nonce=\"\"")
                .replaceAll("value=\"[A-Za-z0-9_-]{30,}\"", "value=\"\"");
    }

    /** Where a redirect leads, as a path on this site. */
    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    HttpResponse<String> register(WebSession web, String email, String name, String password) {
        web.get("/register?lang=en");
        return web.post("/register", "email", email, "displayName", name, "password", password, "lang", "en");
    }

    @Test
    void registerConfirmByMailAndLogInWithANewSessionId() {
        var web = session();
        String email = unique("runner");
        var answer = register(web, email, "Běžec Tomáš 🏃", GOOD_PASSWORD);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Check your e-mail");

        assertThat(web.login(email, GOOD_PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login?lang=en&unverified"));

        String link = MailBox.link(MailBox.textTo(mail, email, "/account/verify"), "/account/verify");
        assertThat(web.get(link).body()).contains("Your e-mail address is confirmed");
        assertThat(web.get(link).statusCode()).as("the link works once").isEqualTo(400);

        String before = web.cookie("JSESSIONID").orElseThrow().getValue();
        var login = web.login(email, GOOD_PASSWORD, "next", "/en/articles/running-and-lower-back-pain");
        assertThat(location(login)).isEqualTo("/en/articles/running-and-lower-back-pain");
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c)
                        .startsWith("JSESSIONID=")
                        .contains("HttpOnly")
                        .contains("SameSite=Lax"));
        assertThat(web.cookie("JSESSIONID").orElseThrow().getValue()).isNotEqualTo(before);
        assertThat(web.get("/account?lang=en").body())
                .contains("Logged in as " + email)
                .contains("Běžec Tomáš 🏃");
    }

    @Test
    void registrationAndResetAnswerTheSameForKnownAndUnknownAddresses() {
        var known = AccountFixtures.create(accounts, Role.MEMBER);
        var web = session();
        var forKnown = register(web, known.email(), "Someone", GOOD_PASSWORD);
        var forNew = register(web, unique("new"), "Someone", GOOD_PASSWORD);
        assertThat(forKnown.statusCode()).isEqualTo(forNew.statusCode()).isEqualTo(200);
        assertThat(stable(forKnown.body())).isEqualTo(stable(forNew.body()));
        assertThat(MailBox.textTo(mail, known.email(), "already have one")).contains("/account/reset");

        web.get("/account/reset?lang=en");
        var resetKnown = web.post("/account/reset", "email", known.email(), "lang", "en");
        var resetUnknown = web.post("/account/reset", "email", unique("nobody"), "lang", "en");
        assertThat(resetKnown.statusCode()).isEqualTo(resetUnknown.statusCode()).isEqualTo(200);
        assertThat(stable(resetKnown.body())).isEqualTo(stable(resetUnknown.body()));

        var loginUnknown = session().login(unique("nobody"), GOOD_PASSWORD);
        var loginWrong = session().login(known.email(), "wrong password here");
        assertThat(loginUnknown.statusCode()).isEqualTo(loginWrong.statusCode()).isEqualTo(302);
        assertThat(loginUnknown.headers().firstValue("Location"))
                .isEqualTo(loginWrong.headers().firstValue("Location"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "common password | x@test.example | Valid Name | password1 | among the most common",
                "short password | x@test.example | Valid Name | krátké | Use 8 to 128 characters",
                "bad e-mail | not-an-address | Valid Name | " + GOOD_PASSWORD + " | Enter an e-mail address",
                "empty name | x@test.example | ' ' | " + GOOD_PASSWORD + " | cannot be empty",
                "direction override in name | x@test.example | Eva\u202Egnp.exe | " + GOOD_PASSWORD
                        + " | change the direction"
            })
    void badRegistrationInputIsRefusedWithAMessageAndNothingSaved(
            String label, String email, String name, String password, String message) {
        String address = email.replace("x@", unique("bad").replace("@test.example", "") + "@");
        var answer = register(session(), address, name, password);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains(message).contains("aria-invalid=\"true\"");
        assertThat(accounts.findByEmail(address)).isEmpty();
    }

    @Test
    void loginIsThrottledPerAccountWithRetryAfter() {
        String email = unique("target");
        for (int i = 0; i < 10; i++) {
            assertThat(session().login(email, "guess " + i).statusCode()).isEqualTo(302);
        }
        var blocked = session().login(email, "guess 11");
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
        assertThat(blocked.body()).contains("Too many attempts");
        assertThat(session().login(unique("other"), "guess").statusCode())
                .as("another account is not affected")
                .isEqualTo(302);
    }

    @Test
    void passwordResetIsSingleUseAndEndsOtherSessions() {
        var member = AccountFixtures.create(accounts, Role.MEMBER);
        var elsewhere = session();
        elsewhere.login(member.email(), AccountFixtures.PASSWORD);
        assertThat(elsewhere.get("/account?lang=en").statusCode()).isEqualTo(200);

        var web = session();
        web.get("/account/reset?lang=en");
        web.post("/account/reset", "email", member.email(), "lang", "en");
        String link = MailBox.link(MailBox.textTo(mail, member.email(), "/account/reset/new"), "/account/reset/new");
        String token = link.replaceAll(".*token=", "");
        assertThat(token.length()).as("at least 128 bits, base64url").isGreaterThanOrEqualTo(22);

        assertThat(web.get(link).body()).contains("Choose a new password");
        var weak = web.post("/account/reset/new", "token", token, "password", "qwertyuiop", "lang", "en");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("among the most common");
        var done = web.post("/account/reset/new", "token", token, "password", GOOD_PASSWORD, "lang", "en");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("Your new password is set");

        var replay = web.post("/account/reset/new", "token", token, "password", "Jiné dlouhé heslo 42", "lang", "en");
        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(replay.body()).contains("This link no longer works");

        assertThat(elsewhere.get("/account?lang=en").statusCode())
                .as("the other session ended")
                .isEqualTo(302);
        assertThat(session()
                        .login(member.email(), AccountFixtures.PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("error"));
        assertThat(location(session().login(member.email(), GOOD_PASSWORD))).isEqualTo("/en");
    }

    @Test
    void resetLinksExpireAfterAnHourAndDieWhenThePasswordChanges() {
        var member = AccountFixtures.create(accounts, Role.MEMBER);
        var web = session();
        web.get("/account/reset?lang=en");
        web.post("/account/reset", "email", member.email(), "lang", "en");
        String first = MailBox.link(MailBox.textTo(mail, member.email(), "/account/reset/new"), "/account/reset/new");
        jdbc.update(
                "update account_token set expires_at = expires_at - interval '61' minute where account_id = ?",
                member.id());
        assertThat(web.get(first).statusCode()).isEqualTo(400);

        long before = MailBox.countTo(mail, member.email());
        web.post("/account/reset", "email", member.email(), "lang", "en");
        while (MailBox.countTo(mail, member.email()) == before) {
            Thread.onSpinWait();
        }
        String second = MailBox.link(MailBox.textTo(mail, member.email(), "within one hour"), "/account/reset/new");
        assertThat(second).isNotEqualTo(first);
        var me = session();
        me.login(member.email(), AccountFixtures.PASSWORD);
        me.get("/account?lang=en");
        assertThat(me.post("/account/password", "current", AccountFixtures.PASSWORD, "password", GOOD_PASSWORD)
                        .statusCode())
                .isEqualTo(302);
        assertThat(me.get("/account?lang=en").statusCode())
                .as("this session goes on")
                .isEqualTo(200);
        assertThat(web.get(second).statusCode())
                .as("a new password kills reset links")
                .isEqualTo(400);
    }

    @Test
    void profileChangesAreCheckedAndStateChangesNeedTheCsrfToken() {
        var member = AccountFixtures.create(accounts, Role.MEMBER);
        var web = session();
        web.login(member.email(), AccountFixtures.PASSWORD);
        web.get("/account?lang=en");
        assertThat(web.post("/account/profile", "displayName", "x", "lang", "en")
                        .statusCode())
                .isEqualTo(400);
        assertThat(web.post("/account/profile", "displayName", "Eva Nová", "notifyReplies", "true", "lang", "en")
                        .statusCode())
                .isEqualTo(302);
        assertThat(accounts.find(member.id()).orElseThrow())
                .extracting(AccountSummary::displayName, AccountSummary::notifyReplies)
                .containsExactly("Eva Nová", true);
        assertThat(web.get("/en").body()).contains("Eva Nová");
        var wrong = web.post("/account/password", "current", "not it", "password", GOOD_PASSWORD);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("The password is not right");
        assertThat(web.post("/account/profile", "displayName", "Hacker", "_csrf", "forged")
                        .statusCode())
                .isEqualTo(403);
        assertThat(accounts.find(member.id()).orElseThrow().displayName()).isEqualTo("Eva Nová");
    }

    @Test
    void rememberMeKeepsAPersonLoggedInAfterTheSessionEnds() {
        var member = AccountFixtures.create(accounts, Role.MEMBER);
        var web = session();
        var login = web.login(member.email(), AccountFixtures.PASSWORD, "remember-me", "true");
        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c)
                        .startsWith("remember-me=")
                        .contains("HttpOnly")
                        .contains("SameSite=Lax"));
        web.forget("JSESSIONID");
        assertThat(web.get("/account?lang=en").statusCode()).isEqualTo(200);
        web.get("/account?lang=en");
        assertThat(location(web.post("/logout", "lang", "en"))).isEqualTo("/en?loggedOut");
        assertThat(web.get("/account?lang=en").statusCode()).isEqualTo(302);
    }

    @Test
    void adminsGrantRolesThatApplyAtOnceButCannotDropTheirOwnAdminRole() {
        var admin = AccountFixtures.create(accounts, Role.ADMIN);
        var member = AccountFixtures.create(accounts, Role.MEMBER);
        var memberWeb = session();
        memberWeb.login(member.email(), AccountFixtures.PASSWORD);
        assertThat(memberWeb.get("/moderation?lang=en").statusCode()).isEqualTo(403);

        var adminWeb = session();
        adminWeb.login(admin.email(), AccountFixtures.PASSWORD);
        assertThat(adminWeb.get("/admin/accounts?lang=en&q=" + member.email()).body())
                .contains(member.email());
        assertThat(adminWeb.post("/admin/accounts/" + member.id() + "/roles", "role", "MODERATOR")
                        .statusCode())
                .isEqualTo(302);
        assertThat(memberWeb.get("/moderation?lang=en").statusCode()).isEqualTo(200);

        adminWeb.get("/admin/accounts?lang=en");
        var self = adminWeb.post("/admin/accounts/" + admin.id() + "/roles", "role", "EDITOR");
        assertThat(self.statusCode()).isEqualTo(400);
        assertThat(self.body()).contains("cannot take the admin role from yourself");
        assertThat(accounts.find(admin.id()).orElseThrow().roles()).contains(Role.ADMIN);
    }
}
