package org.physioportal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.physioportal.MailBox;
import org.physioportal.PortalTestClient;
import org.physioportal.WebSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The findings of the outside security test (issue 22) about accounts: pre-hijacking, pending
 * accounts at login, overlong addresses, remember-me after logout, the current-password throttle
 * and token pages in the page cache.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.forward-headers-strategy=native", "spring.mail.port=22025"})
@ActiveProfiles("test")
class AccountHardeningIntegrationTests {

    static final String VICTIM_PASSWORD = "Běhám každé ráno 5 km";
    static final String ATTACKER_PASSWORD = "Útočník má jiné heslo 77";

    @RegisterExtension
    static GreenMailExtension mail = MailBox.server(22025);

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

    HttpResponse<String> register(WebSession web, String email, String name, String password) {
        web.get("/register?lang=en");
        return web.post("/register", "email", email, "displayName", name, "password", password, "lang", "en");
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** Item 1: whoever registered a pending address first does not end up holding the account. */
    @Test
    void aLaterRegistrationOfAPendingAddressReplacesItsPasswordAndName() {
        String email = unique("victim");
        String first = registeredByAnother(email, "Attacker");
        var victim = session();
        register(victim, email, "Victim Vera", VICTIM_PASSWORD);
        String link = MailBox.newerLink(mail, email, "/account/verify", first);
        assertThat(victim.get(link).statusCode()).isEqualTo(200);

        assertThat(location(session().login(email, ATTACKER_PASSWORD))).contains("error");
        assertThat(location(session().login(email, VICTIM_PASSWORD))).endsWith("/en");
        assertThat(accounts.findByEmail(email).orElseThrow().displayName()).isEqualTo("Victim Vera");
    }

    /**
     * Item 1: the victim never registers, but opens the link the attacker's registration mailed, in
     * the victim's own browser. The address is confirmed only with a password the mailbox owner
     * chooses there; the attacker's password never logs in.
     */
    @Test
    void confirmingInAnotherBrowserAsksTheMailboxOwnerForThePassword() {
        String email = unique("hijack");
        String link = registeredByAnother(email, "Attacker");

        var victim = session();
        var opened = victim.get(link);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        Document page = Jsoup.parse(opened.body());
        assertThat(page.select("h1").text()).isEqualTo("Choose your name and password");
        Element form = page.selectFirst("main form[action=/account/verify][method=post]");
        assertThat(form).isNotNull();
        assertThat(form.select("input[name=token]").val()).isEqualTo(token(link));
        assertThat(form.select("input[name=password][type=password]")).hasSize(1);
        assertThat(form.select("input[name=displayName]")).hasSize(1);
        assertThat(form.select("input[name=displayName]").val())
                .as("the registrant's name is not offered")
                .isEmpty();
        assertThat(location(session().login(email, ATTACKER_PASSWORD)))
                .as("opening the link alone confirms nothing")
                .contains("unverified");

        var confirmed = confirm(victim, token(link), "Victim Vera", VICTIM_PASSWORD);
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(confirmed.body()).select("h1").text()).isEqualTo("Your e-mail address is confirmed");

        assertThat(location(session().login(email, ATTACKER_PASSWORD))).contains("error");
        assertThat(location(session().login(email, VICTIM_PASSWORD))).endsWith("/en");
        assertThat(accounts.findByEmail(email).orElseThrow().displayName())
                .as("the name is the mailbox owner's, not the registrant's")
                .isEqualTo("Victim Vera");
        assertThat(victim.get(link).statusCode()).as("the link works once").isEqualTo(400);
    }

    /**
     * Item 1: "forgot password" for a pending address mails its confirmation link, where the mailbox
     * owner chooses name and password; a reset would have confirmed the account under the registrant's
     * name. The confirmation mail does not greet with the name anyone typed.
     */
    @Test
    void aResetRequestForAPendingAddressMailsTheConfirmationLink() {
        String email = unique("pendingreset");
        String first = registeredByAnother(email, "Attacker Name");

        var owner = session();
        owner.get("/account/reset?lang=en");
        owner.post("/account/reset", "email", email, "lang", "en");
        String link = MailBox.newerLink(mail, email, "/account/verify", first);
        String text = MailBox.textTo(mail, email, token(link));
        assertThat(text).doesNotContain("/account/reset/new").doesNotContain("Attacker Name");

        assertThat(Jsoup.parse(owner.get(link).body()).select("h1").text()).isEqualTo("Choose your name and password");
        assertThat(confirm(owner, token(link), "Owner Olga", VICTIM_PASSWORD).statusCode())
                .isEqualTo(200);
        assertThat(accounts.findByEmail(email).orElseThrow().displayName()).isEqualTo("Owner Olga");
        assertThat(session().get(first).statusCode())
                .as("the earlier link was replaced by the new one")
                .isEqualTo(400);
    }

    /** Item 1: in the browser that registered, the link confirms at once, with the password given there. */
    @Test
    void confirmingInTheBrowserThatRegisteredKeepsItsPassword() {
        String email = unique("smooth");
        var web = session();
        register(web, email, "Smooth Sam", VICTIM_PASSWORD);
        String link = MailBox.link(MailBox.textTo(mail, email, "/account/verify"), "/account/verify");
        var opened = web.get(link);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(opened.body()).select("h1").text()).isEqualTo("Your e-mail address is confirmed");
        assertThat(location(web.login(email, VICTIM_PASSWORD))).endsWith("/en");
    }

    /**
     * Item 1: a refused name or a weak password on the confirmation form is shown at its field; nothing
     * is saved (the registrant's name and password stay, the account stays pending), the link still works.
     */
    @ParameterizedTest
    @CsvSource({"displayName, '  ', " + VICTIM_PASSWORD, "password, Victim Vera, short"})
    void aRefusedFieldOnTheConfirmationFormKeepsTheAccountPending(String field, String name, String password) {
        String email = unique("refused");
        String link = registeredByAnother(email, "Attacker");
        var owner = session();
        owner.get(link);

        var refused = confirm(owner, token(link), name, password);
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#" + field).attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#" + field + "-error").text()).isNotBlank();
        assertThat(page.select("input[name=token]").val()).isEqualTo(token(link));
        assertThat(page.select("input[name=displayName]").val())
                .as("the name typed comes back")
                .isEqualTo(name);
        assertThat(location(session().login(email, ATTACKER_PASSWORD)))
                .as("still pending, nothing saved")
                .contains("unverified");
        assertThat(accounts.findByEmail(email).orElseThrow().displayName()).isEqualTo("Attacker");

        assertThat(confirm(owner, token(link), "Owner Olga", VICTIM_PASSWORD).statusCode())
                .isEqualTo(200);
        assertThat(location(session().login(email, VICTIM_PASSWORD))).endsWith("/en");
        assertThat(accounts.findByEmail(email).orElseThrow().displayName()).isEqualTo("Owner Olga");
    }

    /** Item 1: a used, expired or made-up token on the confirmation form gets the invalid-link page. */
    @Test
    void aUsedOrExpiredLinkOnTheConfirmationFormIsTheInvalidLinkPage() {
        String email = unique("used");
        String used = registeredByAnother(email, "Attacker");
        var owner = session();
        owner.get(used);
        confirm(owner, token(used), "Victim Vera", VICTIM_PASSWORD);
        var again = confirm(owner, token(used), "Victim Vera", ATTACKER_PASSWORD);
        assertInvalidLink(again);
        assertThat(location(session().login(email, ATTACKER_PASSWORD))).contains("error");

        String late = unique("late");
        String expired = registeredByAnother(late, "Attacker");
        jdbc.update(
                "update account_token set expires_at = ? where account_id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)),
                accounts.findByEmail(late).orElseThrow().id());
        var stranger = session();
        assertInvalidLink(stranger.get(expired));
        stranger.get("/register?lang=en");
        assertInvalidLink(confirm(stranger, token(expired), "Victim Vera", VICTIM_PASSWORD));
        assertInvalidLink(confirm(stranger, "made-up", "Victim Vera", VICTIM_PASSWORD));
        assertThat(location(session().login(late, VICTIM_PASSWORD))).contains("error");
    }

    /** Somebody else registers the address, with their own password; the link mailed to the address. */
    String registeredByAnother(String email, String name) {
        register(session(), email, name, ATTACKER_PASSWORD);
        return MailBox.link(MailBox.textTo(mail, email, "/account/verify"), "/account/verify");
    }

    /** The confirmation form (the link opened in another browser) posted with a name and a password. */
    static HttpResponse<String> confirm(WebSession web, String token, String displayName, String password) {
        return web.post(
                "/account/verify", "token", token, "displayName", displayName, "password", password, "lang", "en");
    }

    static String token(String link) {
        return java.net.URLDecoder.decode(
                link.replaceAll(".*[?&]token=([^&]*).*", "$1"), java.nio.charset.StandardCharsets.UTF_8);
    }

    static void assertInvalidLink(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(answer.body()).select("h1").text()).isEqualTo("This link no longer works");
    }

    /** Item 2: a wrong password says the same for a pending address as for any other. */
    @Test
    void aWrongPasswordOnAPendingAccountAnswersLikeAnyOtherWrongPassword() {
        String email = unique("pending");
        register(session(), email, "Pending Pat", VICTIM_PASSWORD);
        var pendingWrong = session().login(email, "wrong password here");
        var unknownWrong = session().login(unique("nobody"), "wrong password here");
        assertThat(location(pendingWrong)).contains("error").doesNotContain("unverified");
        assertThat(location(pendingWrong)).isEqualTo(location(unknownWrong));
        assertThat(location(session().login(email, VICTIM_PASSWORD)))
                .as("the right password may learn the state")
                .contains("unverified");
    }

    /** Item 4: an address longer than any address is refused before any limiter or look-up. */
    @Test
    void overlongAddressesAreRefusedAtLoginAndReset() {
        String huge = "a".repeat(100_000) + "@test.example";
        var login = session().login(huge, "whatever password");
        assertThat(login.statusCode()).isEqualTo(400);
        var web = session();
        web.get("/account/reset?lang=en");
        var reset = web.post("/account/reset", "email", huge, "lang", "en");
        assertThat(reset.statusCode()).isEqualTo(400);
        assertThat(reset.body()).contains("Enter an e-mail address");
    }

    /** Item 8: 50 code points are allowed, however many UTF-16 units they take. */
    @Test
    void aDisplayNameOfFiftyEmojiIsStored() {
        String email = unique("emoji");
        String name = "🏃".repeat(50);
        var answer = register(session(), email, name, VICTIM_PASSWORD);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(accounts.findByEmail(email).orElseThrow().displayName()).isEqualTo(name);
        var tooLong = register(session(), unique("emoji"), "🏃".repeat(51), VICTIM_PASSWORD);
        assertThat(tooLong.statusCode()).isEqualTo(400);
    }

    /** Item 10: logging out revokes the remember-me cookie, not only the session. */
    @Test
    void logoutRevokesTheRememberMeCookie() {
        var member = AccountFixtures.create(accounts, Role.MEMBER);
        var web = session();
        web.login(member.email(), AccountFixtures.PASSWORD, "remember-me", "true");
        String cookie = web.cookie("remember-me").orElseThrow().getValue();
        var copy = new PortalTestClient(port).get("/account?lang=en", "Cookie", "remember-me=" + cookie);
        assertThat(copy.statusCode()).as("the cookie logs in while it is valid").isEqualTo(200);
        // each use of a remember-me login may give the cookie a new value: keep the newest
        String newest = copy.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("remember-me=") && !c.startsWith("remember-me=;"))
                .map(c -> c.substring("remember-me=".length(), c.indexOf(';')))
                .findFirst()
                .orElse(cookie);
        web.forget("remember-me");
        web.get("/account?lang=en");
        web.post("/logout", "lang", "en");

        var stolen = new PortalTestClient(port).get("/account?lang=en", "Cookie", "remember-me=" + newest);
        assertThat(stolen.statusCode()).as("the old cookie no longer logs in").isEqualTo(302);
    }

    /** Item 10: a password reset elsewhere also ends remember-me logins. */
    @Test
    void aPasswordResetRevokesRememberMeCookies() {
        var member = AccountFixtures.create(accounts, Role.MEMBER);
        var web = session();
        web.login(member.email(), AccountFixtures.PASSWORD, "remember-me", "true");
        String cookie = web.cookie("remember-me").orElseThrow().getValue();

        var other = session();
        other.get("/account/reset?lang=en");
        other.post("/account/reset", "email", member.email(), "lang", "en");
        String link = MailBox.link(MailBox.textTo(mail, member.email(), "/account/reset/new"), "/account/reset/new");
        other.get(link);
        other.post("/account/reset/new", "token", link.replaceAll(".*token=", ""), "password", VICTIM_PASSWORD);

        var stolen = new PortalTestClient(port).get("/account?lang=en", "Cookie", "remember-me=" + cookie);
        assertThat(stolen.statusCode()).isEqualTo(302);
    }

    /** Item 11: guessing the current password on the account page is throttled like the login. */
    @Test
    void theCurrentPasswordCheckIsThrottled() {
        var member = AccountFixtures.create(accounts, Role.MEMBER);
        var web = session();
        web.login(member.email(), AccountFixtures.PASSWORD);
        web.get("/account?lang=en");
        for (int i = 0; i < 5; i++) {
            assertThat(web.post("/account/password", "current", "guess " + i, "password", VICTIM_PASSWORD)
                            .statusCode())
                    .isEqualTo(400);
            assertThat(web.post("/account/delete", "deletePassword", "guess " + i)
                            .statusCode())
                    .isEqualTo(400);
        }
        var blocked = web.post("/account/delete", "deletePassword", AccountFixtures.PASSWORD);
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
        assertThat(accounts.find(member.id())).as("nothing deleted").isPresent();
    }

    /** Item 12: a page reached with a mailed token is never stored, by us or anyone else. */
    @Test
    void theConfirmationPageIsNeverCached() {
        String email = unique("cache");
        register(session(), email, "Cache Carl", VICTIM_PASSWORD);
        String link = MailBox.link(MailBox.textTo(mail, email, "/account/verify"), "/account/verify");
        var owner = session();
        owner.get(link);
        var client = new PortalTestClient(port);
        var first = client.get(link);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        confirm(owner, token(link), "Victim Vera", VICTIM_PASSWORD);
        assertThat(client.get(link).statusCode())
                .as("the used link is answered again, not replayed")
                .isEqualTo(400);
    }

    /** Also: redirects (to the login page and after it) never take their host from the request. */
    @Test
    void redirectsToTheLoginPageIgnoreTheHostHeader() {
        var answer = new PortalTestClient(port).get("/account?lang=en", "X-Forwarded-Host", "evil.example");
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(location(answer)).startsWith("/login?lang=en").doesNotContain("evil.example");
        var member = AccountFixtures.create(accounts, Role.MEMBER);
        var web = session();
        web.get("/login?lang=en");
        var login = web.postWith(
                "/login",
                new String[] {"X-Forwarded-Host", "evil.example"},
                "email",
                member.email(),
                "password",
                AccountFixtures.PASSWORD);
        assertThat(location(login)).isEqualTo("/en");
    }

    /**
     * Also: a request's own {@code Host} header (which Java's HTTP client will not send changed, so
     * written by hand) does not make the address of the login page either.
     */
    @Test
    void redirectsToTheLoginPageIgnoreAForgedHostHeader() throws Exception {
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream()
                    .write(("GET /account?lang=en HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            var lines = new java.io.BufferedReader(new java.io.InputStreamReader(
                            socket.getInputStream(), java.nio.charset.StandardCharsets.ISO_8859_1))
                    .lines()
                    .takeWhile(line -> !line.isEmpty())
                    .toList();
            assertThat(lines.getFirst()).startsWith("HTTP/1.1 302");
            assertThat(lines)
                    .filteredOn(line -> line.regionMatches(true, 0, "Location:", 0, 9))
                    .singleElement()
                    .satisfies(line -> assertThat(line.substring(9).strip())
                            .startsWith("/login?lang=en")
                            .doesNotContain("evil.example"));
        }
    }
}
