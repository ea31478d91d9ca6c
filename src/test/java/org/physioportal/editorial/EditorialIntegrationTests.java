package org.physioportal.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physioportal.WebSession;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.physioportal.articles.ArticleFixtures;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.articles.NewArticle;
import org.physioportal.authors.AuthorsApi;
import org.physioportal.shared.ContentChanged;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.ActiveProfiles;

/**
 * The back office over real HTTP with real logins: writing, validation, conflicts, the workflow by
 * role, revisions with diff and revert, translations and the live preview.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(EditorialIntegrationTests.Events.class)
class EditorialIntegrationTests {

    static final Pattern CREATED = Pattern.compile("/admin/articles/(\\d+)\\?created");

    @TestConfiguration
    static class Events {
        final List<ContentChanged> seen = new ArrayList<>();

        @EventListener
        synchronized void on(ContentChanged event) {
            seen.add(event);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    AccountsApi accounts;

    @Autowired
    ArticlesApi articles;

    @Autowired
    AuthorsApi authors;

    @Autowired
    Events events;

    WebSession alice;
    WebSession bob;
    long authorId;

    @BeforeEach
    void editors() {
        alice = editor(Role.EDITOR);
        bob = editor(Role.EDITOR);
        authorId = authors.all(Lang.EN).getFirst().id();
    }

    @Test
    void anEditorWritesADraftThatShowsOnTheDashboard() {
        String slug = unique("hamstring-care");
        int before = events.seen.size();
        long id = create(alice, slug, "Hamstring care for runners");

        var draft = articles.draft(id).orElseThrow();
        assertThat(draft.status()).isEqualTo(Status.DRAFT);
        assertThat(draft.content().groupKey()).isEqualTo(slug);
        assertThat(events.seen.subList(before, events.seen.size()))
                .extracting(ContentChanged::status)
                .containsExactly(Status.DRAFT);
        String dashboard = alice.get("/admin?lang=en").body();
        assertThat(section(dashboard, "My drafts", "Due for review")).contains("Hamstring care for runners");
        assertThat(section(dashboard, "Missing a translation", "</section>")).contains("Hamstring care for runners");
        assertThat(alice.get("/admin/articles/" + id + "/revisions?lang=en").body())
                .contains("created")
                .contains(accountName(alice));
        assertThat(new WebSession(port).get("/en/articles/" + slug).statusCode())
                .isEqualTo(404);
    }

    @Test
    void invalidAndDuplicateSlugsAreRefusedNextToTheFieldAndNothingIsSaved() {
        long count = articles.listings().page(null, 1, 1).total();
        var bad = alice.post("/admin/articles?lang=en", form("Bad Slug!", "A title", ""));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"slug-error\"").contains("single hyphens only");

        var taken = alice.post("/admin/articles?lang=en", form("running-and-lower-back-pain", "A title", ""));
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(taken.body()).contains("Another item of this kind already uses this address");

        var blank = alice.post("/admin/articles?lang=en", form(unique("no-title"), "", ""));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.body()).contains("id=\"title-error\"");

        var references = alice.post(
                "/admin/articles?lang=en",
                form(unique("refs"), "Refs", "", "references", "A book | javascript:alert(1)"));
        assertThat(references.statusCode()).isEqualTo(400);
        assertThat(references.body()).contains("must start with http");

        var date = alice.post("/admin/articles?lang=en", form(unique("date"), "Date", "", "reviewedAt", "2026-13-45"));
        assertThat(date.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(date.body()).select("#reviewed-error").text())
                .isEqualTo("Please enter a date (year-month-day).");
        assertThat(articles.listings().page(null, 1, 1).total()).isEqualTo(count);
    }

    @Test
    void twoEditorsSavingTheSameVersionGetAConflictAndNoUpdateIsLost() {
        long id = create(alice, unique("conflict"), "First title");
        int version = articles.draft(id).orElseThrow().version();
        String slug = articles.draft(id).orElseThrow().content().slug();
        bob.get("/admin/articles/" + id + "?lang=en");

        var first = alice.post("/admin/articles/" + id + "?lang=en", edit(slug, "Alice's title", version));
        assertThat(first.statusCode()).isEqualTo(302);
        var second = bob.post("/admin/articles/" + id + "?lang=en", edit(slug, "Bob's title", version));
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body())
                .contains("Someone else saved this article")
                .contains("Bob&#39;s title")
                .contains("Bob&#39;s body text");
        assertThat(articles.draft(id).orElseThrow().content().title()).isEqualTo("Alice's title");

        // Bob saw the warning; saving again (with the version the page now carries) is a knowing overwrite
        String newVersion = find(second.body(), "name=\"version\" value=\"(\\d+)\"");
        var again =
                bob.post("/admin/articles/" + id + "?lang=en", edit(slug, "Bob's title", Integer.parseInt(newVersion)));
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(articles.draft(id).orElseThrow().content().title()).isEqualTo("Bob's title");
    }

    @Test
    void theWorkflowNeedsASecondEditorToPublishAndUnpublishingHidesTheArticle() {
        String slug = unique("workflow");
        long id = create(alice, slug, "Workflow article");
        assertThat(step(alice, id, "PUBLISH", "").statusCode())
                .as("a draft goes through review first")
                .isEqualTo(409);
        assertThat(step(alice, id, "SUBMIT", "").statusCode()).isEqualTo(302);
        var own = step(alice, id, "PUBLISH", "");
        assertThat(own.statusCode()).isEqualTo(403);
        assertThat(own.body()).contains("another editor");

        assertThat(step(bob, id, "PUBLISH", "").statusCode()).isEqualTo(302);
        assertThat(new WebSession(port).get("/en/articles/" + slug).statusCode())
                .isEqualTo(200);

        assertThat(step(alice, id, "UNPUBLISH", "").statusCode()).isEqualTo(302);
        assertThat(new WebSession(port).get("/en/articles/" + slug).statusCode())
                .isEqualTo(404);
        assertThat(articles.draft(id).orElseThrow().status()).isEqualTo(Status.DRAFT);
        assertThat(step(alice, id, "ARCHIVE", "").statusCode()).isEqualTo(302);
        assertThat(step(alice, id, "RESTORE", "").statusCode()).isEqualTo(302);
    }

    @Test
    void aStaleWorkflowStepIsAConflict() {
        long id = create(alice, unique("stale-step"), "Stale step");
        int version = articles.draft(id).orElseThrow().version();
        assertThat(step(alice, id, "SUBMIT", "").statusCode()).isEqualTo(302);
        var stale = alice.post(
                "/admin/articles/" + id + "/workflow?lang=en",
                "action",
                "ARCHIVE",
                "version",
                Integer.toString(version));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(articles.draft(id).orElseThrow().status()).isEqualTo(Status.IN_REVIEW);
    }

    @Test
    void aScheduledArticleAppearsOnlyWhenItsTimeComes() {
        String slug = unique("scheduled");
        long id = create(alice, slug, "Scheduled article");
        step(alice, id, "SUBMIT", "");
        String tomorrow = LocalDateTime.now().plusDays(1).withNano(0).toString();
        assertThat(step(bob, id, "PUBLISH", tomorrow).statusCode()).isEqualTo(302);
        assertThat(articles.draft(id).orElseThrow().status()).isEqualTo(Status.PUBLISHED);
        assertThat(new WebSession(port).get("/en/articles/" + slug).statusCode())
                .isEqualTo(404);
        assertThat(bob.get("/admin/articles?lang=en").body()).contains("goes live");
        assertThat(bob.get("/admin/articles/" + id + "/revisions?lang=en").body())
                .contains("scheduled");
    }

    @Test
    void revisionsAreComparedAndAnEarlierOneIsBroughtBack() {
        String slug = unique("revert");
        long id = create(alice, slug, "Original title");
        int version = articles.draft(id).orElseThrow().version();
        assertThat(bob.post("/admin/articles/" + id + "?lang=en", edit(slug, "Changed title", version))
                        .statusCode())
                .isEqualTo(302);

        String diff =
                alice.get("/admin/articles/" + id + "/diff?from=1&to=2&lang=en").body();
        assertThat(changed(diff, "Title")).containsExactly("Original title", "Changed title");

        int now = articles.draft(id).orElseThrow().version();
        var revert =
                alice.post("/admin/articles/" + id + "/revisions/1/revert?lang=en", "version", Integer.toString(now));
        assertThat(revert.statusCode()).isEqualTo(302);
        assertThat(articles.draft(id).orElseThrow().content().title()).isEqualTo("Original title");
        String history =
                alice.get("/admin/articles/" + id + "/revisions?lang=en").body();
        assertThat(history).contains("reverted").contains(accountName(bob));
        assertThat(count(history, "<tr>")).isEqualTo(1 + 3);
    }

    @Test
    void contentSavedBeforeTheBackOfficeKeepsItsOriginalAsTheFirstRevision() {
        // as the demo loader (or an import) saves: through the articles API, with no revision
        String slug = unique("imported");
        NewArticle imported = ArticleFixtures.minimal(
                slug,
                "The imported title",
                "Imported lead",
                "Imported body.",
                authorId,
                Status.PUBLISHED,
                java.time.Instant.now());
        long id = articles.save(imported);
        assertThat(count(
                        alice.get("/admin/articles/" + id + "/revisions?lang=en")
                                .body(),
                        "<tr>"))
                .isEqualTo(1);

        int version = articles.draft(id).orElseThrow().version();
        alice.get("/admin/articles/" + id + "?lang=en");
        assertThat(alice.post("/admin/articles/" + id + "?lang=en", edit(slug, "An edited title", version))
                        .statusCode())
                .isEqualTo(302);
        String history =
                alice.get("/admin/articles/" + id + "/revisions?lang=en").body();
        assertThat(count(history, "<tr>")).isEqualTo(1 + 2);
        assertThat(history).contains("as it was before its first change here").contains("The imported title");
        assertThat(changed(
                        alice.get("/admin/articles/" + id + "/diff?from=1&to=2&lang=en")
                                .body(),
                        "Title"))
                .containsExactly("The imported title", "An edited title");

        // the four-eyes rule sees Alice as the last author; the original comes back by a revert
        assertThat(step(alice, id, "UNPUBLISH", "").statusCode()).isEqualTo(302);
        assertThat(step(alice, id, "SUBMIT", "").statusCode()).isEqualTo(302);
        assertThat(step(alice, id, "PUBLISH", "").statusCode()).isEqualTo(403);
        int now = articles.draft(id).orElseThrow().version();
        assertThat(bob.post("/admin/articles/" + id + "/revisions/1/revert?lang=en", "version", Integer.toString(now))
                        .statusCode())
                .isEqualTo(302);
        assertThat(articles.draft(id).orElseThrow().content().title()).isEqualTo("The imported title");
        assertThat(articles.draft(id).orElseThrow().content().body()).isEqualTo("Imported body.");
    }

    @Test
    void listsArePagedAndTheDashboardReadsWithLimits() {
        create(alice, unique("paged-one"), "Paged one");
        create(alice, unique("paged-two"), "Paged two");
        create(alice, unique("paged-three"), "Paged three");
        var listings = articles.listings();
        long total = listings.countsByStatus().values().stream()
                .mapToLong(Long::longValue)
                .sum();
        var first = listings.page(null, 1, 2);
        var second = listings.page(null, 2, 2);
        assertThat(first.total()).isEqualTo(total);
        assertThat(first.items()).hasSize(2);
        assertThat(first.items().getFirst().title()).isEqualTo("Paged three");
        assertThat(second.items()).hasSize(2).doesNotContainAnyElementsOf(first.items());
        assertThat(listings.page(Status.DRAFT, 1, 50).items()).allMatch(i -> i.status() == Status.DRAFT);

        // 50 a page on the web; a page past the end says so; a bad page number is refused or clamped
        String page1 = alice.get("/admin/articles?lang=en").body();
        assertThat(count(page1, "<tr>")).isEqualTo(1 + (int) Math.min(total, 50));
        String past = alice.get("/admin/articles?page=99&lang=en").body();
        assertThat(past).contains("Nothing here.");
        assertThat(alice.get("/admin/articles?page=abc&lang=en").statusCode()).isEqualTo(400);
        assertThat(alice.get("/admin/exercises?page=-3&status=DRAFT&lang=en").statusCode())
                .isEqualTo(200);
        String dashboard = alice.get("/admin?lang=en").body();
        assertThat(section(dashboard, "My drafts", "Due for review")).contains("Paged three");

        // more than a page: the pager keeps the status filter (archived items stay out of other lists)
        for (int i = 0; i < 51; i++) {
            String slug = unique("archived-" + i);
            articles.save(
                    ArticleFixtures.minimal(slug, "Archived " + i, "Lead", "Body.", authorId, Status.ARCHIVED, null));
        }
        String archived = alice.get("/admin/articles?status=ARCHIVED&lang=en").body();
        assertThat(count(archived, "<tr>")).isEqualTo(1 + 50);
        assertThat(archived)
                .contains("rel=\"next\"")
                .containsPattern("href=\"/admin/articles\\?[^\"]*status=ARCHIVED[^\"]*page=2");
        String archivedPage2 =
                alice.get("/admin/articles?status=ARCHIVED&page=2&lang=en").body();
        assertThat(archivedPage2).contains("rel=\"prev\"").contains("Archived 0");
    }

    @Test
    void aTranslationStartsFromTheOriginalAndJoinsItsGroup() {
        String slug = unique("translate");
        long id = create(alice, slug, "Knees and stairs");
        var page = alice.get("/admin/articles/" + id + "/translate?lang=en");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("translation-source").contains("value=\"Knees and stairs\"");

        var saved = alice.post(
                "/admin/articles/" + id + "/translate?lang=en",
                form(slug + "-cs", "Kolena a schody", "", "language", "CS"));
        assertThat(saved.statusCode()).isEqualTo(302);
        long cs = Long.parseLong(find(location(saved), "/admin/articles/(\\d+)"));
        var translation = articles.draft(cs).orElseThrow();
        assertThat(translation.content().lang()).isEqualTo(Lang.CS);
        assertThat(translation.content().groupKey()).isEqualTo(slug);
        assertThat(alice.get("/admin/articles/" + id + "/translate?lang=en").statusCode())
                .as("a second translation opens the existing one")
                .isEqualTo(302);

        // Both published: the public pages link each other (language switch and hreflang)
        for (long item : List.of(id, cs)) {
            step(alice, item, "SUBMIT", "");
            step(bob, item, "PUBLISH", "");
        }
        String en = new WebSession(port).get("/en/articles/" + slug).body();
        assertThat(en).contains("hreflang=\"cs\" href=\"http://localhost:8080/cs/articles/" + slug + "-cs\"");
    }

    @Test
    void thePreviewUsesThePublicRendererAndEscapesRawHtml() {
        alice.get("/admin/articles/new?lang=en");
        var preview = alice.postWith(
                "/admin/preview",
                new String[] {"HX-Request", "true"},
                "body",
                "**Strong** text\n\n{{figures forearm-plank}}\n\n<script>alert(1)</script>",
                "language",
                "EN");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body())
                .startsWith("<div id=\"preview\"")
                .contains("<strong>Strong</strong>")
                .contains("class=\"exercise-figure\"")
                .contains("/en/exercises/")
                .doesNotContain("<script>");
    }

    @Test
    void itemsPastTheirNextReviewDateAreDue() {
        String slug = unique("due");
        long id = create(
                alice,
                slug,
                "Due for a look",
                "reviewedAt",
                LocalDate.now().minusYears(2).toString(),
                "nextReviewAt",
                LocalDate.now().minusDays(3).toString());
        assertThat(articles.draft(id).orElseThrow().content().nextReviewAt()).isBefore(LocalDate.now());
        String dashboard = bob.get("/admin?lang=en").body();
        assertThat(section(dashboard, "Due for review", "Missing a translation"))
                .contains("Due for a look");
        assertThat(section(dashboard, "My drafts", "Due for review")).doesNotContain("Due for a look");
    }

    @Test
    void aModeratorMayLookButNotChangeAnything() {
        WebSession moderator = editor(Role.MODERATOR);
        assertThat(moderator.get("/admin?lang=en").body()).contains("changing content needs the editor role");
        long id = create(alice, unique("moderated"), "Look only");
        assertThat(moderator.get("/admin/articles/" + id + "?lang=en").statusCode())
                .isEqualTo(200);
        var refused = moderator.post("/admin/articles/" + id + "/workflow?lang=en", "action", "SUBMIT", "version", "0");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(articles.draft(id).orElseThrow().status()).isEqualTo(Status.DRAFT);
    }

    @Test
    void theCzechInterfaceSpeaksCzech() {
        assertThat(alice.get("/admin?lang=cs").body()).contains("Moje koncepty").contains("Chybí překlad");
    }

    // --- helpers

    private WebSession editor(Role role) {
        var account = AccountFixtures.create(accounts, role);
        var session = new WebSession(port);
        session.login(account.email(), AccountFixtures.PASSWORD);
        session.get("/admin/articles/new?lang=en");
        return session;
    }

    private long create(WebSession session, String slug, String title, String... extra) {
        session.get("/admin/articles/new?lang=en");
        var answer = session.post("/admin/articles?lang=en", form(slug, title, "", extra));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        return Long.parseLong(find(location(answer), CREATED.pattern()));
    }

    private HttpResponse<String> step(WebSession session, long id, String action, String publishAt) {
        String version = Integer.toString(articles.draft(id).orElseThrow().version());
        session.get("/admin/articles/" + id + "?lang=en");
        return session.post(
                "/admin/articles/" + id + "/workflow?lang=en",
                "action",
                action,
                "version",
                version,
                "publishAt",
                publishAt);
    }

    private String[] form(String slug, String title, String version, String... extra) {
        List<String> fields = new ArrayList<>(List.of(
                "language",
                "EN",
                "slug",
                slug,
                "title",
                title,
                "lead",
                "A short lead for " + title,
                "body",
                "Some **body** text.\n\n{{figures forearm-plank bosu-crunch}}",
                "authorId",
                Long.toString(authorId),
                "version",
                version));
        fields.addAll(List.of(extra));
        return fields.toArray(String[]::new);
    }

    private String[] edit(String slug, String title, int version) {
        String who = title.startsWith("Bob") ? "Bob's" : "Alice's";
        return new String[] {
            "slug",
            slug,
            "title",
            title,
            "lead",
            "Lead",
            "body",
            who + " body text",
            "authorId",
            Long.toString(authorId),
            "version",
            Integer.toString(version)
        };
    }

    private String accountName(WebSession session) {
        return find(session.get("/account?lang=en").body(), "<a href=\"/account\\?lang=en\">([^<]+)</a>");
    }

    private static String unique(String base) {
        return base + "-" + Long.toString(System.nanoTime(), 36);
    }

    private static String location(HttpResponse<String> answer) {
        return answer.headers().firstValue("Location").orElse("");
    }

    private static String section(String html, String from, String to) {
        int start = html.indexOf(from);
        int end = html.indexOf(to, start + 1);
        assertThat(start).as("heading " + from).isNotNegative();
        return html.substring(start, end < 0 ? html.length() : end);
    }

    /** The before and after text of one field in a readable comparison. */
    static List<String> changed(String html, String label) {
        var field = org.jsoup.Jsoup.parse(html).select(".field-diff").stream()
                .filter(f -> f.select("h3").text().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no change of " + label));
        return field.select("tbody td").stream()
                .map(org.jsoup.nodes.Element::wholeText)
                .toList();
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find())
                .as("%s in %s", regex, text.length() > 300 ? text.substring(0, 300) : text)
                .isTrue();
        return m.group(1);
    }
}
