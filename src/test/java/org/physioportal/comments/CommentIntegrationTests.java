package org.physioportal.comments;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.physioportal.MailBox;
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

/** Members posting, replying, editing, deleting and reporting; moderators deciding; readers reading. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CommentIntegrationTests {

    static final String ARTICLE = "/en/articles/running-and-lower-back-pain";
    static final String OTHER_ARTICLE = "/en/articles/office-work-and-neck-pain";

    @RegisterExtension
    static GreenMailExtension mail = MailBox.server();

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

    long idOf(HttpResponse<String> posted) {
        String location = posted.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.replaceAll(".*#comment-", ""));
    }

    String anonymousPage() {
        return new PortalTestClient(port).get(ARTICLE).body();
    }

    long rows(String body) {
        return jdbc.queryForObject("select count(*) from comment where body = ?", Long.class, body);
    }

    void approve(long commentId) {
        var moderator = as(AccountFixtures.create(accounts, Role.MODERATOR));
        moderator.get("/moderation?lang=en");
        assertThat(moderator
                        .post("/moderation/comments/" + commentId + "/approve")
                        .statusCode())
                .isEqualTo(303);
    }

    @Test
    void aNewMembersFirstCommentsWaitForAModeratorThenTheyPublishAtOnce() {
        var member = as(AccountFixtures.create(accounts, Role.MEMBER));
        String first = "First question about *cadence* " + UUID.randomUUID();
        var posted = post(member, first);
        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).contains(ARTICLE + "#comment-");
        assertThat(member.get(ARTICLE).body()).contains("will appear once a moderator approves it");
        assertThat(anonymousPage()).doesNotContain(first);

        var moderator = as(AccountFixtures.create(accounts, Role.MODERATOR));
        assertThat(moderator.get("/moderation?lang=en").body())
                .contains(first.replace("*cadence*", "<em>cadence</em>"));
        approve(idOf(posted));
        assertThat(anonymousPage()).contains(first.replace("*cadence*", "<em>cadence</em>"));

        String second = "Second one " + UUID.randomUUID();
        approve(idOf(post(member, second)));
        String third = "Third one, trusted now " + UUID.randomUUID();
        post(member, third);
        assertThat(anonymousPage()).contains(third);
    }

    @Autowired
    CommentsApi commentsApi;

    @Test
    void longDiscussionsArePagedWithTheNewestPageFirst() {
        var video = jdbc.queryForObject("select id from video where lang = 'en' order by id limit 1", Long.class);
        var ref = new org.physioportal.shared.ContentRef(org.physioportal.shared.ContentType.VIDEO, video);
        long existing = commentsApi.thread(ref, 1).pages() == 1
                ? commentsApi.thread(ref).comments().size()
                : -1;
        assertThat(existing).isBetween(0L, 5L);
        String run = UUID.randomUUID().toString().substring(0, 6);
        for (int i = 1; i <= 31; i++) {
            commentsApi.importPublished(
                    ref,
                    null,
                    "Reader",
                    "Paged " + run + " no. " + i,
                    java.time.Instant.now().plusSeconds(i));
        }
        var newest = commentsApi.thread(ref);
        assertThat(newest.pages()).isEqualTo(2);
        assertThat(newest.page()).isEqualTo(1);
        assertThat(newest.comments()).hasSize(CommentsApi.THREADS_PER_PAGE);
        assertThat(commentsApi.thread(ref, 2).comments()).hasSize((int) existing + 31 - CommentsApi.THREADS_PER_PAGE);
        assertThat(newest.count()).isEqualTo(existing + 31 + replies(video));
        String url = jdbc.queryForObject("select slug from video where id = ?", String.class, video);
        var page = new PortalTestClient(port).get("/en/videos/" + url).body();
        assertThat(page).contains("Paged " + run + " no. 31").doesNotContain("Paged " + run + " no. 1<");
        assertThat(page).contains("?comments=2#comments").contains("Older comments");
        var older = new PortalTestClient(port)
                .get("/en/videos/" + url + "?comments=2")
                .body();
        assertThat(older).contains("Paged " + run + " no. 1<").contains("Newer comments");
    }

    long replies(long videoId) {
        return jdbc.queryForObject(
                "select count(*) from comment where target_type = 'VIDEO' and target_id = ? and parent_id is not null"
                        + " and status = 'PUBLISHED'",
                Long.class,
                videoId);
    }

    @Test
    void theQueueShowsWhatAPendingReplyAnswers() {
        var editor = as(AccountFixtures.create(accounts, Role.EDITOR));
        String question = "Question for context " + UUID.randomUUID();
        long parent = idOf(post(editor, question));
        var member = as(AccountFixtures.create(accounts, Role.MEMBER));
        post(member, "A new member's answer", "parentId", Long.toString(parent));
        var queue = as(AccountFixtures.create(accounts, Role.MODERATOR))
                .get("/moderation?lang=en")
                .body();
        assertThat(queue).contains("In reply to").contains(question);
    }

    @Test
    void pendingCommentsAreNeverCountedAndApprovedOnesAre() {
        long before = count();
        var member = as(AccountFixtures.create(accounts, Role.MEMBER));
        var posted = post(member, "Counted only when approved " + UUID.randomUUID());
        assertThat(count()).isEqualTo(before);
        approve(idOf(posted));
        assertThat(count()).isEqualTo(before + 1);
        assertThat(anonymousPage())
                .contains("Comments</span>\n        <span class=\"comment-count\">(" + (before + 1) + ")");
    }

    long count() {
        return jdbc.queryForObject(
                "select count(*) from comment where target_type = 'ARTICLE' and target_id = ? and status = 'PUBLISHED'",
                Long.class,
                articleId);
    }

    @Test
    void htmxGetsTheCommentSectionInPlace() {
        var editor = as(AccountFixtures.create(accounts, Role.EDITOR));
        String text = "Posted through htmx " + UUID.randomUUID();
        var answer = editor.postWith(
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
        assertThat(answer.body().strip()).startsWith("<section").contains("id=\"comments\"");
        assertThat(answer.body())
                .contains(text)
                .contains("Your comment is published.")
                .doesNotContain("<html");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "empty | '   ' | Write something first",
                "nothing to show | '[evil]: javascript:alert(1)' | Write something first",
                "binary | a\u0000b\u0007c | characters that cannot be shown",
                "direction override | Great \u202Etxt.exe | change the direction"
            })
    void badTextIsRefusedClearlyWithTheTextKeptAndNothingSaved(String label, String body, String message) {
        var member = as(AccountFixtures.create(accounts, Role.EDITOR));
        long before = jdbc.queryForObject("select count(*) from comment", Long.class);
        var answer = post(member, body);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains(message).contains("Back to");
        assertThat(jdbc.queryForObject("select count(*) from comment", Long.class))
                .isEqualTo(before);
    }

    @Test
    void overlongTextIsRefusedAndEmojiCountAsOneCharacter() {
        var member = as(AccountFixtures.create(accounts, Role.EDITOR));
        String tooLong = "x".repeat(5_001);
        var answer = post(member, tooLong);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("up to 5,000 characters").contains(tooLong);
        assertThat(rows(tooLong)).isZero();

        String emoji = "🏃".repeat(5_000);
        assertThat(post(member, emoji).statusCode()).isEqualTo(303);
        assertThat(rows(emoji)).isEqualTo(1);
    }

    @Test
    void repliesStayOnTheirPageAndNestAtMostThreeDeep() {
        var editor = as(AccountFixtures.create(accounts, Role.EDITOR));
        long top = idOf(post(editor, "Top " + UUID.randomUUID()));
        long second = idOf(post(editor, "Second level", "parentId", Long.toString(top)));
        long third = idOf(post(editor, "Third level", "parentId", Long.toString(second)));
        long fourth = idOf(post(editor, "Would be fourth", "parentId", Long.toString(third)));
        assertThat(jdbc.queryForObject("select parent_id from comment where id = ?", Long.class, fourth))
                .isEqualTo(second);

        long otherId = articles.findPublished(Lang.EN, OTHER_ARTICLE.substring(OTHER_ARTICLE.lastIndexOf('/') + 1))
                .orElseThrow()
                .id();
        var wrongPage = editor.post(
                "/comments",
                "targetType",
                "ARTICLE",
                "targetId",
                Long.toString(otherId),
                "parentId",
                Long.toString(top),
                "body",
                "Reply on the wrong page");
        assertThat(wrongPage.statusCode()).isEqualTo(400);
        assertThat(wrongPage.body()).contains("only reply to a published comment on the same page");
        assertThat(rows("Reply on the wrong page")).isZero();
    }

    @Test
    void authorsEditWithinFifteenMinutesAndOnlyTheirOwn() {
        var author = as(AccountFixtures.create(accounts, Role.EDITOR));
        long id = idOf(post(author, "Original " + UUID.randomUUID()));
        assertThat(author.post("/comments/" + id + "/edit", "body", "Corrected text")
                        .statusCode())
                .isEqualTo(303);
        assertThat(anonymousPage()).contains("Corrected text").contains("(edited)");
        long revisions =
                jdbc.queryForObject("select count(*) from comment_revision where comment_id = ?", Long.class, id);
        var showsNothing = author.post("/comments/" + id + "/edit", "body", "[x]: https://example.org");
        assertThat(showsNothing.statusCode()).isEqualTo(400);
        assertThat(showsNothing.body()).contains("Write something first");
        assertThat(jdbc.queryForObject("select body from comment where id = ?", String.class, id))
                .isEqualTo("Corrected text");
        assertThat(jdbc.queryForObject("select count(*) from comment_revision where comment_id = ?", Long.class, id))
                .as("the refused edit left no revision behind")
                .isEqualTo(revisions);

        var stranger = as(AccountFixtures.create(accounts, Role.MODERATOR));
        var refused = stranger.post("/comments/" + id + "/edit", "body", "Defaced");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("only change your own comments");
        assertThat(stranger.post("/comments/" + id + "/delete").statusCode()).isEqualTo(403);

        jdbc.update("update comment set created_at = created_at - interval '16' minute where id = ?", id);
        author.get(ARTICLE);
        var late = author.post("/comments/" + id + "/edit", "body", "Too late");
        assertThat(late.statusCode()).isEqualTo(403);
        assertThat(late.body()).contains("edited for 15 minutes only");
        assertThat(jdbc.queryForObject("select body from comment where id = ?", String.class, id))
                .isEqualTo("Corrected text");
    }

    @Test
    void deletingOwnCommentLeavesAPlaceholderWhileRepliesRemain() {
        var author = as(AccountFixtures.create(accounts, Role.EDITOR));
        String text = "To be deleted " + UUID.randomUUID();
        long id = idOf(post(author, text));
        var replier = as(AccountFixtures.create(accounts, Role.EDITOR));
        post(replier, "A reply that stays", "parentId", Long.toString(id));
        assertThat(author.post("/comments/" + id + "/delete").statusCode()).isEqualTo(303);
        assertThat(anonymousPage())
                .doesNotContain(text)
                .contains("This comment was removed.")
                .contains("A reply that stays");
    }

    @Test
    void robotsFillingTheHoneypotAreIgnoredAndRepeatedFormsStoreOnce() {
        var member = as(AccountFixtures.create(accounts, Role.EDITOR));
        String spam = "Cheap pills " + UUID.randomUUID();
        assertThat(post(member, spam, "website", "http://spam.example").statusCode())
                .isEqualTo(303);
        assertThat(rows(spam)).isZero();

        String text = "Sent twice " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        long first = idOf(post(member, text, "key", key));
        long again = idOf(post(member, text, "key", key));
        assertThat(again).isEqualTo(first);
        assertThat(rows(text)).isEqualTo(1);
    }

    @Test
    void postingIsRateLimitedPerMember() {
        var member = as(AccountFixtures.create(accounts, Role.EDITOR));
        for (int i = 0; i < 10; i++) {
            assertThat(post(member, "Burst " + i).statusCode()).isEqualTo(303);
        }
        var blocked = post(member, "One too many");
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
        assertThat(blocked.body()).contains("posting very quickly").contains("One too many");
        assertThat(post(as(AccountFixtures.create(accounts, Role.EDITOR)), "Someone else")
                        .statusCode())
                .isEqualTo(303);
    }

    @Test
    void reportsReachTheQueueAndBlockedAuthorsCannotPost() {
        var authorAccount = AccountFixtures.create(accounts, Role.MEMBER);
        var author = as(authorAccount);
        String text = "Rude words " + UUID.randomUUID();
        long id = idOf(post(author, text));
        approve(id);

        var reader = as(AccountFixtures.create(accounts, Role.MEMBER));
        assertThat(reader.post("/comments/" + id + "/report", "reason", "Insulting")
                        .statusCode())
                .isEqualTo(303);
        assertThat(author.post("/comments/" + id + "/report").statusCode()).isEqualTo(400);

        var moderator = as(AccountFixtures.create(accounts, Role.MODERATOR));
        assertThat(moderator.get("/moderation?lang=en").body()).contains(text).contains("Insulting");
        assertThat(moderator.post("/moderation/comments/" + id + "/block").statusCode())
                .isEqualTo(303);
        assertThat(anonymousPage()).doesNotContain(text);
        assertThat(accounts.find(authorAccount.id()).orElseThrow().commentBlocked())
                .isTrue();

        author.get(ARTICLE);
        var refused = post(author, "Trying again");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("may not post comments");
    }

    @Test
    void membersWhoAskForItGetAnEmailWhenSomeoneReplies() {
        var askerAccount = AccountFixtures.create(accounts, Role.EDITOR);
        var asker = as(askerAccount);
        asker.get("/account?lang=en");
        asker.post("/account/profile", "displayName", askerAccount.displayName(), "notifyReplies", "true");
        asker.get(ARTICLE);
        long question = idOf(post(asker, "Does this help with sciatica? " + UUID.randomUUID()));

        var therapist = as(AccountFixtures.create(accounts, Role.EDITOR));
        long answer = idOf(post(therapist, "Often it does; start slowly.", "parentId", Long.toString(question)));

        String text = MailBox.textTo(mail, askerAccount.email(), "replied to your comment");
        assertThat(MailBox.link(text, ARTICLE)).isEqualTo(ARTICLE + "#comment-" + answer);
    }

    @Test
    void deletedAccountsLeaveTheirCommentsSignedDeletedUserOrRemoved() {
        var keeper = AccountFixtures.create(accounts, Role.EDITOR);
        var remover = AccountFixtures.create(accounts, Role.EDITOR);
        String kept = "I keep this " + UUID.randomUUID();
        String removed = "I remove this " + UUID.randomUUID();
        var keeperWeb = as(keeper);
        post(keeperWeb, kept);
        var removerWeb = as(remover);
        post(removerWeb, removed);

        keeperWeb.get("/account?lang=en");
        assertThat(keeperWeb
                        .post("/account/delete", "deletePassword", AccountFixtures.PASSWORD, "comments", "keep")
                        .statusCode())
                .isEqualTo(200);
        removerWeb.get("/account?lang=en");
        assertThat(removerWeb
                        .post("/account/delete", "deletePassword", "wrong one", "comments", "remove")
                        .statusCode())
                .isEqualTo(400);
        assertThat(removerWeb
                        .post("/account/delete", "deletePassword", AccountFixtures.PASSWORD, "comments", "remove")
                        .statusCode())
                .isEqualTo(200);

        String page = anonymousPage();
        assertThat(page).contains(kept).doesNotContain(removed).doesNotContain(keeper.displayName());
        assertThat(page).contains("Deleted user");
        assertThat(accounts.findByEmail(keeper.email())).isEmpty();
        assertThat(new WebSession(port)
                        .login(remover.email(), AccountFixtures.PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("error"));
    }
}
