package org.physioportal.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physioportal.MailBox;
import org.physioportal.WebSession;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.physioportal.articles.ArticleFixtures;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.authors.AuthorView;
import org.physioportal.authors.AuthorsApi;
import org.physioportal.editorial.domain.ScheduledChanges;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * No change reaches a published health page without review: an edit or a revert of a published
 * article is a draft above it, readers keep the published text (and its "reviewed by") until a
 * second editor approves it; steps set for later run once; the history reads as people read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ForwardDraftIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountsApi accounts;

    @Autowired
    ArticlesApi articles;

    @Autowired
    AuthorsApi authors;

    @Autowired
    ScheduledChanges scheduled;

    @Autowired
    JdbcTemplate jdbc;

    @org.junit.jupiter.api.extension.RegisterExtension
    static com.icegreen.greenmail.junit5.GreenMailExtension mail = MailBox.server();

    @Autowired
    org.physioportal.editorial.domain.ReviewReminders reminders;

    WebSession alice;
    WebSession bob;
    AccountFixtures.TestAccount bobAccount;
    AuthorView author;
    AuthorView reviewer;

    @BeforeEach
    void editors() {
        alice = editor(Role.EDITOR);
        bobAccount = AccountFixtures.create(accounts, Role.EDITOR);
        bob = new WebSession(port);
        bob.login(bobAccount.email(), AccountFixtures.PASSWORD);
        bob.get("/admin/articles/new?lang=en");
        List<AuthorView> all = authors.all(Lang.EN);
        author = all.getFirst();
        reviewer = all.getLast();
    }

    @Test
    void anEditOfAPublishedArticleWaitsForASecondEditorWhileReadersKeepThePublishedText() {
        String slug = unique("forward");
        long id = published(slug, "Original advice");
        int version = articles.draft(id).orElseThrow().version();

        var save = alice.post(path(id), edit(slug, "Changed advice", version, reviewer.id()));
        assertThat(save.statusCode()).isEqualTo(302);

        assertThat(reader(slug).select("h1").text()).isEqualTo("Original advice");
        assertThat(reader(slug).text()).doesNotContain(reviewer.name());
        Document admin = page(alice.get(path(id)));
        assertThat(admin.select(".status-bar .stage").text()).contains("draft of changes");
        assertThat(admin.select("input[name=title]").val()).isEqualTo("Changed advice");

        assertThat(step(alice, id, "SUBMIT").statusCode()).isEqualTo(302);
        assertThat(page(alice.get(path(id))).select(".status-bar .stage").text())
                .contains("changes in review");
        var own = step(alice, id, "PUBLISH");
        assertThat(own.statusCode()).as("the author may not approve").isEqualTo(403);
        assertThat(reader(slug).select("h1").text()).isEqualTo("Original advice");

        Document changes = page(bob.get(admin(id, "/changes")));
        assertThat(changes.select(".field-diff h3").eachText()).contains("Title", "Reviewed by");
        assertThat(changes.select(".field-diff ins").eachText())
                .contains("Changed", reviewer.name() + " (#" + reviewer.id() + ")");

        assertThat(step(bob, id, "PUBLISH").statusCode()).isEqualTo(302);
        Document after = reader(slug);
        assertThat(after.select("h1").text()).isEqualTo("Changed advice");
        assertThat(after.text()).contains(reviewer.name());
        assertThat(articles.draft(id).orElseThrow().status()).isEqualTo(Status.PUBLISHED);
        assertThat(page(alice.get(path(id))).select(".status-bar .stage")).isEmpty();
    }

    @Test
    void aRevertOfAPublishedArticleIsADraftTooAndADraftCanBeDiscarded() {
        String slug = unique("revert-forward");
        long id = published(slug, "First words");
        int version = articles.draft(id).orElseThrow().version();
        alice.post(path(id), edit(slug, "Second words", version, null));
        step(alice, id, "SUBMIT");
        step(bob, id, "PUBLISH");
        assertThat(reader(slug).select("h1").text()).isEqualTo("Second words");

        Document confirm = page(alice.get(admin(id, "/revisions/1/revert")));
        assertThat(confirm.select("form.confirm-revert button").text()).contains("Bring back #1");
        assertThat(confirm.select(".confirm-revert p").text()).contains("readers keep the published version");
        var revert = alice.post(
                admin(id, "/revisions/1/revert"),
                "version",
                confirm.select("form.confirm-revert input[name=version]").val());
        assertThat(revert.statusCode()).isEqualTo(302);
        assertThat(reader(slug).select("h1").text())
                .as("a revert is reviewed too")
                .isEqualTo("Second words");

        assertThat(step(alice, id, "DISCARD").statusCode()).isEqualTo(302);
        assertThat(page(alice.get(path(id))).select("input[name=title]").val()).isEqualTo("Second words");
        assertThat(reader(slug).select("h1").text()).isEqualTo("Second words");
        Document history = page(alice.get(admin(id, "/revisions")));
        assertThat(history.select("tbody tr").first().text()).contains("draft discarded");
    }

    @Test
    void aScheduledUnpublicationAndAScheduledDraftRunOnceWhenDue() {
        String slug = unique("seasonal");
        long id = published(slug, "Winter running");
        String later = LocalDateTime.now().plusDays(1).withNano(0).toString();
        assertThat(step(alice, id, "UNPUBLISH", later).statusCode()).isEqualTo(302);
        assertThat(reader(slug).select("h1").text()).isEqualTo("Winter running");
        assertThat(page(alice.get(path(id))).select(".scheduled").text()).contains("Taken off the site");

        int version = articles.draft(id).orElseThrow().version();
        alice.post(path(id), edit(slug, "Winter running, updated", version, null));
        step(alice, id, "SUBMIT");
        assertThat(step(bob, id, "PUBLISH", later).statusCode()).isEqualTo(302);
        assertThat(reader(slug).select("h1").text()).isEqualTo("Winter running");

        // the portal was down when the time came: the next run does it, once
        jdbc.update(
                "update content_schedule set due_at = ? where content_id = ? and action = 'PUBLISH_DRAFT'",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(120)),
                id);
        assertThat(scheduled.runDue()).isGreaterThanOrEqualTo(1);
        assertThat(reader(slug).select("h1").text()).isEqualTo("Winter running, updated");
        jdbc.update(
                "update content_schedule set due_at = ? where content_id = ? and action = 'UNPUBLISH'",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)),
                id);
        scheduled.runDue();
        assertThat(new WebSession(port).get("/en/articles/" + slug).statusCode())
                .isEqualTo(404);
        assertThat(scheduled.runDue()).as("each step runs once").isZero();
        Document history = page(alice.get(admin(id, "/revisions")));
        assertThat(history.select("tbody tr").eachText().stream().filter(r -> r.contains("unpublished ·")))
                .hasSize(1);
    }

    @Test
    void aScheduledStepThatFailsIsKeptRetriedAndShownOnTheOverviewNeverHalfApplied() {
        String slug = unique("will-fail");
        long id = published(slug, "Stays as it is");
        String taken = unique("taken-later");
        int version = articles.draft(id).orElseThrow().version();
        alice.post(path(id), edit(taken, "New address", version, null));
        step(alice, id, "SUBMIT");
        assertThat(step(
                                bob,
                                id,
                                "PUBLISH",
                                LocalDateTime.now().plusDays(1).withNano(0).toString())
                        .statusCode())
                .isEqualTo(302);
        published(taken, "Someone else took the address");
        jdbc.update(
                "update content_schedule set due_at = ? where content_id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)),
                id);

        assertThat(scheduled.runDue()).isZero();
        scheduled.runDue();
        // the application's own scheduler may have tried once more meanwhile
        String attempts = "select attempts from content_schedule where content_id = ?";
        assertThat(jdbc.queryForObject(attempts, Integer.class, id)).isGreaterThanOrEqualTo(2);
        assertThat(reader(slug).select("h1").text()).isEqualTo("Stays as it is");
        int before = jdbc.queryForObject(attempts, Integer.class, id);
        Document overview = page(alice.get("/admin?lang=en"));
        int after = jdbc.queryForObject(attempts, Integer.class, id);
        assertThat(overview.select("section.form-error li a").eachAttr("href"))
                .anyMatch(href -> href.startsWith("/admin/articles/" + id));
        assertThat(overview.select("section.form-error li").text())
                .containsAnyOf("Tried " + before + " times", "Tried " + after + " times");
    }

    @Test
    void aPublishedArticlePastItsReviewDateTellsReadersCalmly() {
        String slug = unique("overdue");
        var article = ArticleFixtures.minimal(
                slug, "Old advice", "Lead", "Body.", author.id(), Status.PUBLISHED, java.time.Instant.now());
        articles.save(new org.physioportal.articles.NewArticle(
                article.groupKey(),
                article.lang(),
                article.slug(),
                article.title(),
                article.lead(),
                article.body(),
                article.authorId(),
                article.reviewerId(),
                article.source(),
                article.references(),
                LocalDate.now().minusYears(2),
                LocalDate.now().minusDays(3),
                article.tutorialIds(),
                article.relatedIds(),
                article.termIds(),
                article.status(),
                article.publishedAt()));
        assertThat(reader(slug).select(".review-due").text()).contains("due for review");
        String fresh = unique("fresh");
        published(fresh, "Fresh advice");
        assertThat(reader(fresh).select(".review-due")).isEmpty();
    }

    @Test
    void theEditorWhoApprovedAnOverduePageIsRemindedOnceAWeek() {
        String slug = unique("reminded");
        String title = "Advice to check " + slug;
        alice.get("/admin/articles/new?lang=en");
        var created = alice.post(
                "/admin/articles?lang=en",
                "language",
                "EN",
                "slug",
                slug,
                "title",
                title,
                "lead",
                "Lead",
                "body",
                "Body.",
                "authorId",
                Long.toString(author.id()),
                "reviewedAt",
                LocalDate.now().minusYears(1).toString(),
                "nextReviewAt",
                LocalDate.now().minusDays(1).toString(),
                "version",
                "");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        long id = Long.parseLong(created.headers()
                .firstValue("Location")
                .orElseThrow()
                .replaceAll("^.*/admin/articles/(\\d+)\\?.*$", "$1"));
        step(alice, id, "SUBMIT");
        assertThat(step(bob, id, "PUBLISH").statusCode()).isEqualTo(302);

        assertThat(reminders.remind()).isGreaterThanOrEqualTo(1);
        String text = MailBox.textTo(mail, bobAccount.email(), title);
        assertThat(text).contains("/admin/articles/" + id).contains("once a week");
        int before = mail.getReceivedMessages().length;
        reminders.remind();
        assertThat(java.util.Arrays.stream(mail.getReceivedMessages()).skip(before))
                .as("not again within the week")
                .noneMatch(m -> MailBox.text(m).contains(title));
    }

    private long published(String slug, String title) {
        return articles.save(ArticleFixtures.minimal(
                slug, title, "Lead", "Body text.", author.id(), Status.PUBLISHED, java.time.Instant.now()));
    }

    private Document reader(String slug) {
        var answer = new WebSession(port).get("/en/articles/" + slug);
        assertThat(answer.statusCode()).isEqualTo(200);
        return Jsoup.parse(answer.body());
    }

    private static Document page(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Jsoup.parse(answer.body());
    }

    private static String admin(long id, String rest) {
        return "/admin/articles/" + id + rest + "?lang=en";
    }

    private static String path(long id) {
        return "/admin/articles/" + id + "?lang=en";
    }

    private HttpResponse<String> step(WebSession session, long id, String action) {
        return step(session, id, action, "");
    }

    private HttpResponse<String> step(WebSession session, long id, String action, String at) {
        String version = Integer.toString(articles.draft(id).orElseThrow().version());
        return session.post(
                "/admin/articles/" + id + "/workflow?lang=en", "action", action, "version", version, "publishAt", at);
    }

    private String[] edit(String slug, String title, int version, Long reviewerId) {
        List<String> fields = new ArrayList<>(List.of(
                "slug",
                slug,
                "title",
                title,
                "lead",
                "Lead",
                "body",
                "Body text.",
                "authorId",
                Long.toString(author.id()),
                "version",
                Integer.toString(version)));
        if (reviewerId != null) {
            fields.addAll(List.of("reviewerId", Long.toString(reviewerId)));
        }
        return fields.toArray(String[]::new);
    }

    private WebSession editor(Role role) {
        var account = AccountFixtures.create(accounts, role);
        var session = new WebSession(port);
        session.login(account.email(), AccountFixtures.PASSWORD);
        session.get("/admin/articles/new?lang=en");
        return session;
    }

    private static String unique(String base) {
        return base + "-" + Long.toString(System.nanoTime(), 36);
    }
}
