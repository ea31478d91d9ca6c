package org.physioportal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physioportal.PortalTestClient;
import org.physioportal.WebSession;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountFixtures.TestAccount;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.shared.Lang;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The findings of the outside security test (issue 22) about comments and moderation. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.forward-headers-strategy=native", "spring.mail.port=22025"})
@ActiveProfiles("test")
class CommentHardeningIntegrationTests {

    static final String ARTICLE = "/en/articles/running-and-lower-back-pain";

    @LocalServerPort
    int port;

    @Autowired
    AccountsApi accounts;

    @Autowired
    ArticlesApi articles;

    @Autowired
    JdbcTemplate jdbc;

    long articleId;

    @BeforeEach
    void article() {
        articleId = articles.findPublished(Lang.EN, "running-and-lower-back-pain")
                .orElseThrow()
                .id();
    }

    WebSession as(TestAccount account) {
        var web = new WebSession(port);
        web.login(account.email(), AccountFixtures.PASSWORD);
        web.get(ARTICLE);
        return web;
    }

    WebSession moderator() {
        var web = as(AccountFixtures.create(accounts, Role.MODERATOR));
        web.get("/moderation?lang=en");
        return web;
    }

    HttpResponse<String> post(WebSession web, String body, String... extra) {
        String[] fields = new String[8 + extra.length];
        String[] base = {"targetType", "ARTICLE", "targetId", Long.toString(articleId), "body", body, "lang", "en"};
        System.arraycopy(base, 0, fields, 0, 8);
        System.arraycopy(extra, 0, fields, 8, extra.length);
        return web.post("/comments", fields);
    }

    static long idOf(HttpResponse<String> posted) {
        String location = posted.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.replaceAll(".*#comment-", ""));
    }

    String status(long id) {
        return jdbc.queryForObject("select status from comment where id = ?", String.class, id);
    }

    boolean blocked(long accountId) {
        return accounts.find(accountId).orElseThrow().commentBlocked();
    }

    /** Item 6: text that renders longer than the stored HTML may be is a 400, not a 500. */
    @Test
    void aCommentThatRendersTooLongIsRefused() {
        var editor = as(AccountFixtures.create(accounts, Role.EDITOR));
        var answer = post(editor, "a@b.c@".repeat(833));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("too long");
    }

    /** Item 7: idempotency keys belong to their author; another member's key is no collision. */
    @Test
    void anotherMembersKeyPostsANewComment() {
        String key = "key" + UUID.randomUUID().toString().replace("-", "");
        var first = as(AccountFixtures.create(accounts, Role.EDITOR));
        var second = as(AccountFixtures.create(accounts, Role.EDITOR));
        assertThat(post(first, "First with the key", "key", key).statusCode()).isEqualTo(303);
        var other = post(second, "Second with the same key", "key", key);
        assertThat(other.statusCode()).isEqualTo(303);
        assertThat(jdbc.queryForObject("select count(*) from comment where idempotency_key = ?", Long.class, key))
                .isEqualTo(2);
        assertThat(post(second, "Second with the same key", "key", key).statusCode())
                .as("a resend by the same author still stores once")
                .isEqualTo(303);
        assertThat(jdbc.queryForObject("select count(*) from comment where idempotency_key = ?", Long.class, key))
                .isEqualTo(2);
    }

    /** Item 8: a report reason of 500 emoji is 500 characters, as the form says. */
    @Test
    void aReportOfFiveHundredEmojiIsStored() {
        var editor = as(AccountFixtures.create(accounts, Role.EDITOR));
        long id = idOf(post(editor, "Report me " + UUID.randomUUID()));
        var reader = as(AccountFixtures.create(accounts, Role.MEMBER));
        var answer = reader.post("/comments/" + id + "/report", "reason", "😠".repeat(500));
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(reader.post("/comments/" + id + "/report", "reason", "😠".repeat(501))
                        .statusCode())
                .isEqualTo(400);
    }

    /** Item 13: a moderator cannot block staff; a block can be lifted. */
    @Test
    void staffCannotBeBlockedByLowerRolesAndBlocksCanBeLifted() {
        var admin = AccountFixtures.create(accounts, Role.ADMIN);
        long adminComment = idOf(post(as(admin), "An admin speaks " + UUID.randomUUID()));
        var moderator = moderator();
        assertThat(moderator
                        .post("/moderation/comments/" + adminComment + "/block")
                        .statusCode())
                .isEqualTo(403);
        assertThat(blocked(admin.id())).isFalse();
        assertThat(status(adminComment)).isEqualTo("PUBLISHED");

        var member = AccountFixtures.create(accounts, Role.MEMBER);
        long memberComment = idOf(post(as(member), "Spam " + UUID.randomUUID()));
        assertThat(moderator
                        .post("/moderation/comments/" + memberComment + "/block")
                        .statusCode())
                .isEqualTo(303);
        assertThat(blocked(member.id())).isTrue();
        var queue = Jsoup.parse(moderator.get("/moderation?lang=en").body());
        assertThat(queue.select("form[action^=/moderation/accounts/" + member.id() + "/unblock]"))
                .isNotEmpty();
        assertThat(moderator
                        .post("/moderation/accounts/" + member.id() + "/unblock")
                        .statusCode())
                .isEqualTo(303);
        assertThat(blocked(member.id())).isFalse();
        assertThat(post(as(member), "Back again " + UUID.randomUUID()).statusCode())
                .isEqualTo(303);
    }

    /** Item 14: a blocked member cannot edit what they have published either. */
    @Test
    void aBlockedMemberCannotEdit() {
        var member = AccountFixtures.create(accounts, Role.MEMBER);
        var web = as(member);
        long published = idOf(post(web, "Published before the block " + UUID.randomUUID()));
        var moderator = moderator();
        moderator.post("/moderation/comments/" + published + "/approve");
        long other = idOf(post(web, "The one that gets blocked " + UUID.randomUUID()));
        moderator.get("/moderation?lang=en");
        moderator.post("/moderation/comments/" + other + "/block");
        web.get(ARTICLE);
        var edit = web.post("/comments/" + published + "/edit", "body", "Rewritten after the block");
        assertThat(edit.statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select body from comment where id = ?", String.class, published))
                .startsWith("Published before the block");
    }

    /** Item 15: an untrusted member's edit of an approved comment waits for a moderator again. */
    @Test
    void anUntrustedMembersEditGoesBackToTheQueue() {
        var member = AccountFixtures.create(accounts, Role.MEMBER);
        var web = as(member);
        long id = idOf(post(web, "Harmless at first " + UUID.randomUUID()));
        moderator().post("/moderation/comments/" + id + "/approve");
        assertThat(status(id)).isEqualTo("PUBLISHED");
        web.get(ARTICLE);
        String spam = "Buy pills now " + UUID.randomUUID();
        assertThat(web.post("/comments/" + id + "/edit", "body", spam).statusCode())
                .isEqualTo(303);
        assertThat(status(id)).isEqualTo("PENDING");
        assertThat(new PortalTestClient(port).get(ARTICLE).body()).doesNotContain(spam);
    }

    /** Item 16: staff comments are marked; members cannot take the clinic's or staff's names. */
    @Test
    void staffAreMarkedAndTheirNamesAreReserved() {
        var editor = AccountFixtures.create(accounts, Role.EDITOR);
        String text = "From the clinic " + UUID.randomUUID();
        long id = idOf(post(as(editor), text));
        var page = Jsoup.parse(new PortalTestClient(port).get(ARTICLE).body());
        assertThat(page.select("#comment-" + id + " .staff-badge").text()).isEqualTo("Staff");

        var member = as(AccountFixtures.create(accounts, Role.MEMBER));
        member.get("/account?lang=en");
        for (String taken : new String[] {"physio  PORTAL", editor.displayName().toUpperCase()}) {
            var answer = member.post("/account/profile", "displayName", taken, "lang", "en");
            assertThat(answer.statusCode()).as(taken).isEqualTo(400);
            assertThat(answer.body()).contains("reserved");
        }

        var visitor = new WebSession(port);
        visitor.get("/register?lang=en");
        var registered = visitor.post(
                "/register",
                "email",
                "lookalike-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example",
                "displayName",
                "Physio Portal",
                "password",
                "Běhám každé ráno 5 km",
                "lang",
                "en");
        assertThat(registered.statusCode())
                .as("a new member cannot take the clinic's name")
                .isEqualTo(400);
        assertThat(Jsoup.parse(registered.body()).select("#displayName-error").text())
                .contains("reserved");
    }

    /** Also: approving never brings back a hidden comment; restoring is its own action. */
    @Test
    void approveDoesNotRestoreAHiddenComment() {
        long id = idOf(post(as(AccountFixtures.create(accounts, Role.EDITOR)), "Hide me " + UUID.randomUUID()));
        var moderator = moderator();
        moderator.post("/moderation/comments/" + id + "/hide");
        assertThat(status(id)).isEqualTo("HIDDEN");
        moderator.get("/moderation?lang=en");
        assertThat(moderator.post("/moderation/comments/" + id + "/approve").statusCode())
                .isEqualTo(409);
        assertThat(status(id)).isEqualTo("HIDDEN");
        var queue = Jsoup.parse(moderator.get("/moderation?lang=en").body());
        assertThat(queue.select("form[action^=/moderation/comments/" + id + "/restore]"))
                .isNotEmpty();
        assertThat(moderator.post("/moderation/comments/" + id + "/restore").statusCode())
                .isEqualTo(303);
        assertThat(status(id)).isEqualTo("PUBLISHED");
    }
}
