package org.physioportal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

/**
 * A member's own comments: the waiting ones on the page (to them alone, never in the page cache),
 * the notice that takes the focus beside them, and the list with statuses on the account page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OwnCommentsIntegrationTests {

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

    HttpResponse<String> post(WebSession web, String body, String... extra) {
        String[] fields = new String[8 + extra.length];
        String[] base = {"targetType", "ARTICLE", "targetId", Long.toString(articleId), "body", body, "lang", "en"};
        System.arraycopy(base, 0, fields, 0, 8);
        System.arraycopy(extra, 0, fields, 8, extra.length);
        return web.post("/comments", fields);
    }

    static long idOf(HttpResponse<String> posted) {
        String location = posted.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.indexOf("#comment-") + "#comment-".length()));
    }

    Document page(WebSession web) {
        return Jsoup.parse(web.get(ARTICLE).body());
    }

    Document anonymousPage() {
        return Jsoup.parse(new PortalTestClient(port).get(ARTICLE).body());
    }

    @Test
    void aWaitingCommentIsShownToItsAuthorAloneBesideAFocusedNoticeAndNeverToTheCache() {
        anonymousPage(); // the page cache now holds the anonymous page
        var member = as(AccountFixtures.create(accounts, Role.MEMBER));
        String text = "Waiting for a moderator " + UUID.randomUUID();
        long id = idOf(post(member, text));

        Document mine = page(member);
        Element comment = mine.getElementById("comment-" + id);
        assertThat(comment).isNotNull();
        assertThat(comment.hasClass("pending")).isTrue();
        assertThat(comment.select(".comment-body").text()).isEqualTo(text);
        assertThat(comment.select(".pending-badge").text()).isEqualTo("Awaiting approval");
        assertThat(comment.select(".pending-note").text()).contains("Only you can see this comment");
        assertThat(comment.select("details summary").eachText())
                .contains("Edit", "Delete")
                .doesNotContain("Reply");
        Element notice = comment.selectFirst("#comment-notice");
        assertThat(notice).as("the notice stands beside the comment").isNotNull();
        assertThat(notice.text()).contains("once a moderator approves it");
        assertThat(notice.attr("role")).isEqualTo("status");
        assertThat(notice.attr("tabindex")).isEqualTo("-1");
        assertThat(notice.hasAttr("autofocus")).isTrue();
        assertThat(mine.select("[autofocus]")).hasSize(1);
        assertThat(comment.attr("tabindex"))
                .as("the redirect's fragment can take the focus")
                .isEqualTo("-1");
        assertThat(page(member).getElementById("comment-notice"))
                .as("a notice only once")
                .isNull();
        Element later = page(member).getElementById("comment-" + id);
        assertThat(later).as("still shown to its author").isNotNull();
        assertThat(later.hasAttr("tabindex")).isFalse();

        assertThat(anonymousPage().getElementById("comment-" + id))
                .as("cached anonymous page")
                .isNull();
        assertThat(anonymousPage().text()).doesNotContain(text);
        for (Role role : new Role[] {Role.MEMBER, Role.MODERATOR, Role.ADMIN}) {
            Document other = page(as(AccountFixtures.create(accounts, role)));
            assertThat(other.getElementById("comment-" + id)).as(role.name()).isNull();
            assertThat(other.text()).doesNotContain(text);
        }
    }

    @Test
    void aCzechReaderReadsTheMarkTheNoticeAndTheListInCzech() {
        String czech = anonymousPage().selectFirst("a.lang-switch").attr("href");
        long czechId = articles.findPublished(Lang.CS, czech.substring(czech.lastIndexOf('/') + 1))
                .orElseThrow()
                .id();
        var member = as(AccountFixtures.create(accounts, Role.MEMBER));
        member.get(czech);
        var posted = member.post(
                "/comments",
                "targetType",
                "ARTICLE",
                "targetId",
                Long.toString(czechId),
                "body",
                "Čekám na schválení " + UUID.randomUUID(),
                "lang",
                "cs");
        Element comment = Jsoup.parse(member.get(czech).body()).getElementById("comment-" + idOf(posted));
        assertThat(comment.select(".pending-badge").text()).isEqualTo("Čeká na schválení");
        assertThat(comment.select(".pending-note").text())
                .isEqualTo("Tento komentář vidíte jen vy, dokud ho neschválí moderátor.");
        assertThat(comment.select("#comment-notice").text()).startsWith("Děkujeme.");
        Document account = Jsoup.parse(member.get("/account?lang=cs").body());
        assertThat(account.select("#own-comments-heading").text()).isEqualTo("Vaše komentáře");
        assertThat(account.select(".own-comment .comment-state").eachText()).containsExactly("Čeká na schválení");
    }

    @Test
    void theHtmxAnswerShowsTheWaitingCommentWithTheFocusedNotice() {
        var member = as(AccountFixtures.create(accounts, Role.MEMBER));
        String text = "Posted with htmx, waiting " + UUID.randomUUID();
        var answer = member.postWith(
                "/comments",
                new String[] {"HX-Request", "true"},
                "targetType",
                "ARTICLE",
                "targetId",
                Long.toString(articleId),
                "body",
                text,
                "lang",
                "en");
        assertThat(answer.statusCode()).isEqualTo(200);
        Document section = Jsoup.parse(answer.body());
        Element comment = section.select("#comments li.comment.pending").last();
        assertThat(comment.select(".comment-body").text()).isEqualTo(text);
        assertThat(comment.select("#comment-notice[autofocus][tabindex=-1][role=status]"))
                .hasSize(1);
    }

    @Test
    void aWaitingReplyStandsUnderItsCommentForItsAuthorOnly() {
        var editor = as(AccountFixtures.create(accounts, Role.EDITOR));
        long parent = idOf(post(editor, "A question to answer " + UUID.randomUUID()));
        var member = as(AccountFixtures.create(accounts, Role.MEMBER));
        String text = "My waiting answer " + UUID.randomUUID();
        long reply = idOf(post(member, text, "parentId", Long.toString(parent)));

        Element shown = page(member).selectFirst("#comment-" + parent + " > ol.replies > li#comment-" + reply);
        assertThat(shown).isNotNull();
        assertThat(shown.hasClass("pending")).isTrue();
        assertThat(page(editor).getElementById("comment-" + reply)).isNull();
        assertThat(anonymousPage().getElementById("comment-" + reply)).isNull();
    }

    @Test
    void theAccountPageListsTheMembersOwnCommentsWithWhatBecameOfThem() {
        TestAccount account = AccountFixtures.create(accounts, Role.MEMBER);
        var member = as(account);
        long waiting = idOf(post(member, "Still waiting " + UUID.randomUUID()));
        long approved = idOf(post(member, "Approved soon " + UUID.randomUUID()));
        long hidden = idOf(post(member, "Hidden soon " + UUID.randomUUID()));
        var moderator = as(AccountFixtures.create(accounts, Role.MODERATOR));
        moderator.get("/moderation?lang=en");
        assertThat(moderator
                        .post("/moderation/comments/" + approved + "/approve")
                        .statusCode())
                .isEqualTo(303);
        assertThat(moderator.post("/moderation/comments/" + hidden + "/hide").statusCode())
                .isEqualTo(303);
        long deleted = idOf(post(member, "Deleted by me " + UUID.randomUUID()));
        member.get(ARTICLE);
        member.post("/comments/" + deleted + "/delete");

        Document page = Jsoup.parse(member.get("/account?lang=en").body());
        var items = page.select(".own-comments li.own-comment");
        assertThat(items).hasSize(3);
        assertThat(items.eachText().getFirst()).contains("Removed by a moderator", "Hidden soon");
        assertThat(state(page, hidden)).isEqualTo("Removed by a moderator");
        assertThat(state(page, approved)).isEqualTo("Published");
        assertThat(state(page, waiting)).isEqualTo("Awaiting approval");
        assertThat(link(page, approved)).isEqualTo(ARTICLE + "#comment-" + approved);
        assertThat(link(page, waiting)).isEqualTo(ARTICLE + "#comment-" + waiting);
        assertThat(link(page, hidden)).isEqualTo(ARTICLE);

        Document others = Jsoup.parse(as(AccountFixtures.create(accounts, Role.MEMBER))
                .get("/account?lang=en")
                .body());
        assertThat(others.select(".own-comments li.own-comment")).isEmpty();
        assertThat(others.select(".own-comments").text()).contains("You have not written any comments yet.");
        assertThat(new PortalTestClient(port).get("/account?lang=en").statusCode())
                .isEqualTo(302);
    }

    /** The state shown for a comment, found by its link's target or the page link next to its text. */
    static String state(Document page, long id) {
        return item(page, id).selectFirst(".comment-state").text();
    }

    static String link(Document page, long id) {
        return item(page, id).selectFirst("a").attr("href");
    }

    static Element item(Document page, long id) {
        return page.select(".own-comments li.own-comment").stream()
                .filter(li -> li.attr("data-comment").equals(Long.toString(id)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("comment " + id + " not listed"));
    }

    @Test
    void theListIsPagedTwentyAtATimeAndAPageNumberMustBeANumber() {
        TestAccount account = AccountFixtures.create(accounts, Role.MEMBER);
        Instant start = Instant.parse("2026-01-01T10:00:00Z");
        for (int i = 1; i <= 21; i++) {
            jdbc.update(
                    "insert into comment (target_type, target_id, author_id, author_name, body, body_html, status,"
                            + " created_at, version) values ('ARTICLE', ?, ?, ?, ?, ?, 'PUBLISHED', ?, 0)",
                    articleId,
                    account.id(),
                    account.displayName(),
                    "Old remark no. " + i,
                    "<p>Old remark no. " + i + "</p>",
                    start.plusSeconds(i).atOffset(ZoneOffset.UTC));
        }
        var member = as(account);
        Document first = Jsoup.parse(member.get("/account?lang=en").body());
        assertThat(first.select(".own-comment-excerpt").eachText())
                .hasSize(20)
                .startsWith("Old remark no. 21")
                .doesNotContain("Old remark no. 1");
        assertThat(first.select(".own-comments nav.pager a[rel=next]").attr("href"))
                .isEqualTo("/account?lang=en&comments=2");
        Document second = Jsoup.parse(member.get("/account?lang=en&comments=2").body());
        assertThat(second.select(".own-comment-excerpt").eachText()).containsExactly("Old remark no. 1");
        assertThat(second.select(".own-comments nav.pager a[rel=prev]")).hasSize(1);

        assertThat(member.get("/account?lang=en&comments=-3").statusCode()).isEqualTo(200);
        var notANumber = member.get("/account?lang=en&comments=abc");
        assertThat(notANumber.statusCode()).isEqualTo(400);
    }
}
