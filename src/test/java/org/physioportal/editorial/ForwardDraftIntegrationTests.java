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
import org.physioportal.taxonomy.TermKind;
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

    @Autowired
    org.physioportal.exercises.ExercisesApi exercises;

    @Autowired
    org.physioportal.taxonomy.TaxonomyApi taxonomy;

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

        assertThat(waitingForReview(bob)).as("a draft not yet submitted").doesNotContain(path(id));
        assertThat(step(alice, id, "SUBMIT").statusCode()).isEqualTo(302);
        assertThat(page(alice.get(path(id))).select(".status-bar .stage").text())
                .contains("changes in review");
        assertThat(waitingForReview(bob))
                .as("the reviewer finds it on the overview")
                .contains(path(id));
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
        assertThat(waitingForReview(bob)).doesNotContain(path(id));
    }

    /** The overview's list of changes to published items that wait for a second editor. */
    private static List<String> waitingForReview(WebSession session) {
        return page(session.get("/admin?lang=en"))
                .select("#changes-in-review + ul a")
                .eachAttr("href");
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
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void aScheduledStepThatFailsIsKeptRetriedAndShownOnTheOverviewNeverHalfApplied(
            org.springframework.boot.test.system.CapturedOutput output) {
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
        assertThat(output.getAll())
                .as("logged")
                .contains(
                        "Scheduled PUBLISH_DRAFT of ContentRef[type=ARTICLE, id=" + id + "] failed; it is tried again");
    }

    @Test
    void aPublishedArticlePastItsReviewDateTellsReadersCalmly() {
        String slug = unique("overdue");
        var article = ArticleFixtures.minimal(
                slug, "Old advice", "Lead", "Body.", author.id(), Status.PUBLISHED, java.time.Instant.now());
        articles.save(ArticleFixtures.reviewed(
                article, null, LocalDate.now().minusYears(2), LocalDate.now().minusDays(3)));
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

    @Test
    void theTranslationFormHasNoAddressAndCarriesTutorialsAndRelatedArticlesOverAsTheirTranslations() {
        // published in both languages (other tests in this context leave Czech drafts of their own)
        var czech = exercises.allPublished(Lang.CS).stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.groupKey(), e -> e.id(), (a, b) -> a));
        var exercise = exercises.allPublished(Lang.EN).stream()
                .filter(e -> czech.containsKey(e.groupKey()))
                .findFirst()
                .orElseThrow();
        long exerciseCs = czech.get(exercise.groupKey());
        String pair = unique("related-pair");
        articles.save(ArticleFixtures.minimal(
                pair, "Related in English", "Lead", "Body.", author.id(), Status.PUBLISHED, java.time.Instant.now()));
        long relatedCs = articles.save(ArticleFixtures.linked(
                ArticleFixtures.minimal(
                        pair + "-cs",
                        "Související česky",
                        "Perex",
                        "Text.",
                        author.id(),
                        Status.PUBLISHED,
                        java.time.Instant.now()),
                pair,
                Lang.CS,
                List.of(),
                List.of(),
                java.util.Set.of()));
        long englishOnly = published(unique("english-only"), "Only in English");
        String slug = unique("source");
        long source = articles.save(ArticleFixtures.linked(
                ArticleFixtures.minimal(slug, "Source article", "Lead", "Body.", author.id(), Status.DRAFT, null),
                slug,
                Lang.EN,
                List.of(exercise.id()),
                List.of(articles.idOf(pair, Lang.EN).orElseThrow(), englishOnly),
                java.util.Set.of()));

        Document form = page(alice.get(admin(source, "/translate")));
        assertThat(form.select("input[name=slug]").val())
                .as("never the source language's address")
                .isEmpty();
        assertThat(form.select("input[name=title]").val()).isEqualTo("Source article");
        assertThat(form.select("select[name=tutorialIds] option[selected]").eachAttr("value"))
                .containsExactly(Long.toString(exerciseCs));
        assertThat(form.select("select[name=relatedIds] option[selected]").eachAttr("value"))
                .containsExactly(Long.toString(relatedCs));
    }

    @Test
    void theDiffNamesTermsAndExercisesAndMarksOnlyTheChangedWords() {
        var region = taxonomy.all(TermKind.REGION, Lang.EN);
        var exercise = exercises.allPublished(Lang.EN);
        String slug = unique("readable");
        long id = articles.save(ArticleFixtures.linked(
                ArticleFixtures.minimal(
                        slug,
                        "Readable",
                        "Lead",
                        "Sit down slowly and stand up.",
                        author.id(),
                        Status.PUBLISHED,
                        java.time.Instant.now()),
                slug,
                Lang.EN,
                List.of(exercise.get(0).id()),
                List.of(),
                java.util.Set.of(region.get(0).id())));
        int version = articles.draft(id).orElseThrow().version();
        List<String> fields = new ArrayList<>(List.of(edit(slug, "Readable", version, null)));
        fields.set(fields.indexOf("Body text."), "Sit down very slowly and stand up.");
        fields.addAll(List.of(
                "tutorialIds",
                Long.toString(exercise.get(1).id()),
                "termIds",
                Long.toString(region.get(1).id())));
        assertThat(alice.post(path(id), fields.toArray(String[]::new)).statusCode())
                .isEqualTo(302);

        Document changes = page(bob.get(admin(id, "/changes")));
        assertThat(inserted(changes, "Body (Markdown)")).as("only the new word").containsExactly("very");
        assertThat(field(changes, "Body (Markdown)").select("del")).isEmpty();
        // names people know, the id only beside them
        assertThat(sides(changes, "Exercise tutorials"))
                .satisfiesExactly(
                        before -> assertThat(before).startsWith(exercise.get(0).name() + " ("),
                        after -> assertThat(after).startsWith(exercise.get(1).name() + " ("));
        assertThat(sides(changes, "Terms"))
                .satisfiesExactly(
                        before -> assertThat(before).startsWith(region.get(0).name() + " ("),
                        after -> assertThat(after).startsWith(region.get(1).name() + " ("));
    }

    @Test
    void readersKeepTheReviewDatesOfThePublishedVersionAndAnAdminMayApproveTheirOwnDraft() {
        String slug = unique("dates");
        long id = articles.save(ArticleFixtures.reviewed(
                ArticleFixtures.minimal(
                        slug,
                        "Dated advice",
                        "Lead",
                        "Body text.",
                        author.id(),
                        Status.PUBLISHED,
                        java.time.Instant.now()),
                reviewer.id(),
                LocalDate.of(2025, 3, 1),
                LocalDate.now().plusYears(1)));
        WebSession admin = editor(Role.ADMIN);
        int version = articles.draft(id).orElseThrow().version();
        List<String> fields = new ArrayList<>(List.of(edit(slug, "Dated advice", version, reviewer.id())));
        fields.addAll(List.of("reviewedAt", LocalDate.of(2026, 6, 1).toString()));
        assertThat(admin.post(path(id), fields.toArray(String[]::new)).statusCode())
                .isEqualTo(302);
        assertThat(reader(slug).select("dd time").eachAttr("datetime"))
                .as("the dates of the version readers read")
                .contains("2025-03-01")
                .doesNotContain("2026-06-01");

        assertThat(step(admin, id, "SUBMIT").statusCode()).isEqualTo(302);
        assertThat(step(admin, id, "PUBLISH").statusCode())
                .as("an admin may approve their own draft")
                .isEqualTo(302);
        assertThat(reader(slug).select("dd time").eachAttr("datetime"))
                .contains("2026-06-01")
                .doesNotContain("2025-03-01");
    }

    private static List<String> inserted(Document changes, String label) {
        return field(changes, label).select("ins").eachText();
    }

    /** The field's text before and after, cell by cell. */
    private static List<String> sides(Document changes, String label) {
        return field(changes, label).select("tbody td").eachText();
    }

    private static org.jsoup.nodes.Element field(Document changes, String label) {
        return changes.select(".field-diff").stream()
                .filter(f -> f.select("h3").text().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        label + " not among " + changes.select(".field-diff h3").eachText()));
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
