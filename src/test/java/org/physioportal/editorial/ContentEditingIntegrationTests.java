package org.physioportal.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physioportal.WebSession;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;
import org.physioportal.taxonomy.TaxonomyApi;
import org.physioportal.taxonomy.TermKind;
import org.physioportal.videos.VideosApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Exercises and videos in the back office: the same form pattern, workflow and history as articles. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ContentEditingIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountsApi accounts;

    @Autowired
    ExercisesApi exercises;

    @Autowired
    VideosApi videos;

    @Autowired
    TaxonomyApi taxonomy;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    WebSession alice;
    WebSession bob;
    long termId;

    @BeforeEach
    void editors() {
        alice = editor();
        bob = editor();
        termId = taxonomy.all(TermKind.REGION, Lang.EN).getFirst().id();
    }

    @Test
    void anExerciseIsWrittenReviewedPublishedTranslatedAndCompared() {
        String slug = unique("wall-sit");
        var answer = alice.post("/admin/exercises?lang=en", exercise(slug, "Wall sit", ""));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        long id = Long.parseLong(find(location(answer), "/admin/exercises/(\\d+)\\?created"));
        var draft = exercises.draft(id).orElseThrow();
        assertThat(draft.content().steps()).containsExactly("Lean on the wall.", "Slide down.");
        assertThat(draft.status()).isEqualTo(Status.DRAFT);

        assertThat(step(alice, "exercises", id, "SUBMIT")).isEqualTo(302);
        assertThat(step(alice, "exercises", id, "PUBLISH")).isEqualTo(403);
        assertThat(step(bob, "exercises", id, "PUBLISH")).isEqualTo(302);
        assertThat(new WebSession(port).get("/en/exercises/" + slug).body()).contains("Wall sit");
        assertThat(new WebSession(port).get("/en/exercises/" + slug).body())
                .contains("<dt>Tempo</dt>")
                .contains("<dd>Two seconds down</dd>");
        assertThat(exercises.draft(id).orElseThrow().content().tempo()).isEqualTo("Two seconds down");
        assertThat(jdbc.queryForObject("select details from exercise where id = ?", String.class, id))
                .as("a field with no column of its own is kept in the item's details")
                .isEqualTo("{\"tempo\":\"Two seconds down\"}");

        int version = exercises.draft(id).orElseThrow().version();
        assertThat(bob.post(
                                "/admin/exercises/" + id + "?lang=en",
                                exercise(slug, "Wall sit, deeper", Integer.toString(version)))
                        .statusCode())
                .isEqualTo(302);
        var stale =
                alice.post("/admin/exercises/" + id + "?lang=en", exercise(slug, "Lost?", Integer.toString(version)));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone else saved").contains("value=\"Lost?\"");
        assertThat(EditorialIntegrationTests.changed(
                        bob.get("/admin/exercises/" + id + "/diff?from=3&to=4&lang=en")
                                .body(),
                        "Name"))
                .containsExactly("Wall sit", "Wall sit, deeper");
        assertThat(EditorialIntegrationTests.changed(
                        bob.get("/admin/exercises/" + id + "/diff?from=3&to=4&lang=en")
                                .body(),
                        "Tempo"))
                .containsExactly("Two seconds down", "Three seconds down");
        assertThat(new WebSession(port).get("/en/exercises/" + slug).body())
                .as("readers keep the published exercise until the change is approved")
                .doesNotContain("Wall sit, deeper");

        var translation = alice.get("/admin/exercises/" + id + "/translate?lang=en");
        assertThat(translation.statusCode()).isEqualTo(200);
        assertThat(translation.body())
                .contains("value=\"Wall sit, deeper\"")
                .contains(">Back against a wall, feet forward.</textarea>")
                .contains("value=\"30\"")
                .contains("value=\"Three seconds down\"");
        var cs = alice.post("/admin/exercises/" + id + "/translate?lang=en", exercise(slug + "-cs", "Sed u zdi", ""));
        assertThat(cs.statusCode()).as(cs.body()).isEqualTo(302);
        long csId = Long.parseLong(find(location(cs), "/admin/exercises/(\\d+)\\?translated"));
        assertThat(exercises.draft(csId).orElseThrow().content().lang()).isEqualTo(Lang.CS);
        assertThat(exercises.draft(csId).orElseThrow().content().groupKey())
                .isEqualTo(exercises.draft(id).orElseThrow().content().groupKey());
    }

    @Test
    void theTranslationGroupComesFromTheTrimmedAddressNeverFromTheRequest() {
        String taken = exercises
                .draft(create(alice, unique("taken")))
                .orElseThrow()
                .content()
                .groupKey();
        String slug = unique("spaced");
        var sent = new java.util.ArrayList<>(java.util.List.of(exercise(" " + slug + " ", "Spaced", "")));
        sent.addAll(java.util.List.of("groupKey", taken, "status", "PUBLISHED", "publishedAt", "2026-01-01T00:00:00Z"));
        var answer = alice.post("/admin/exercises?lang=en", sent.toArray(String[]::new));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        var created = exercises
                .draft(Long.parseLong(find(location(answer), "/admin/exercises/(\\d+)\\?created")))
                .orElseThrow();
        assertThat(created.content().slug()).isEqualTo(slug);
        assertThat(created.content().groupKey()).isEqualTo(slug);
        assertThat(created.status()).isEqualTo(Status.DRAFT);
        assertThat(created.content().publishedAt()).isNull();
    }

    private long create(WebSession who, String slug) {
        var answer = who.post("/admin/exercises?lang=en", exercise(slug, "Taken", ""));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        return Long.parseLong(find(location(answer), "/admin/exercises/(\\d+)\\?created"));
    }

    @Test
    void anExerciseWithoutTermsOrWithABadDosageIsRefused() {
        long before = exercises.listings().page(null, 1, 1).total();
        var noTerms = alice.post("/admin/exercises?lang=en", without(exercise(unique("bare"), "Bare", ""), "termIds"));
        assertThat(noTerms.statusCode()).isEqualTo(400);
        assertThat(noTerms.body()).contains("Choose at least one term");
        List<String> fields = new ArrayList<>(List.of(exercise(unique("many"), "Many", "")));
        fields.addAll(List.of("sets", "99"));
        var tooMany = alice.post("/admin/exercises?lang=en", fields.toArray(String[]::new));
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.body()).contains("id=\"sets-error\"");
        var taken = alice.post("/admin/exercises?lang=en", exercise("forearm-plank", "Copy", ""));
        assertThat(taken.statusCode()).isEqualTo(400);
        assertThat(taken.body()).contains("already uses this address");
        assertThat(exercises.listings().page(null, 1, 1).total()).isEqualTo(before);
    }

    @Test
    void aVideoNeedsAPrivacyEnhancedPlayerOrItsOwnFile() {
        String slug = unique("squat-video");
        var tracking =
                alice.post("/admin/videos?lang=en", video(slug, "EMBED", "https://www.youtube.com/embed/abcdefghijk"));
        assertThat(tracking.statusCode()).isEqualTo(400);
        assertThat(tracking.body()).contains("privacy-enhanced");
        var noFile = alice.post("/admin/videos?lang=en", video(slug, "FILE", ""));
        assertThat(noFile.statusCode()).isEqualTo(400);

        var ok = alice.post(
                "/admin/videos?lang=en", video(slug, "EMBED", "https://www.youtube-nocookie.com/embed/abcdefghijk"));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(302);
        long id = Long.parseLong(find(location(ok), "/admin/videos/(\\d+)\\?created"));
        assertThat(step(alice, "videos", id, "SUBMIT")).isEqualTo(302);
        assertThat(step(bob, "videos", id, "PUBLISH")).isEqualTo(302);
        assertThat(videos.draft(id).orElseThrow().status()).isEqualTo(Status.PUBLISHED);
        assertThat(new WebSession(port).get("/en/videos/" + slug).statusCode()).isEqualTo(200);
        assertThat(alice.get("/admin/videos/" + id + "/revisions?lang=en").body())
                .contains("published");
        assertThat(alice.get("/admin?lang=en").body()).contains("Squat video");
    }

    // --- helpers

    private WebSession editor() {
        var account = AccountFixtures.create(accounts, Role.EDITOR);
        var session = new WebSession(port);
        session.login(account.email(), AccountFixtures.PASSWORD);
        session.get("/admin/exercises/new?lang=en");
        return session;
    }

    private int step(WebSession session, String type, long id, String action) {
        long version = type.equals("videos")
                ? videos.draft(id).orElseThrow().version()
                : exercises.draft(id).orElseThrow().version();
        return session.post(
                        "/admin/" + type + "/" + id + "/workflow?lang=en",
                        "action",
                        action,
                        "version",
                        Long.toString(version))
                .statusCode();
    }

    private String[] exercise(String slug, String name, String version) {
        return new String[] {
            "language", "EN",
            "slug", slug,
            "name", name,
            "goal", "Stronger thighs for stairs and hills.",
            "startingPosition", "Back against a wall, feet forward.",
            "steps", "Lean on the wall.\n\nSlide down.\n",
            "mistakes", "Knees past the toes.",
            "holdSeconds", "30",
            "tempo", name.equals("Wall sit") ? "Two seconds down" : "Three seconds down",
            "difficulty", "MEDIUM",
            "termIds", Long.toString(termId),
            "version", version
        };
    }

    private String[] video(String slug, String kind, String embedUrl) {
        return new String[] {
            "language", "EN",
            "slug", slug,
            "title", "Squat video",
            "description", "How a squat looks from the side.",
            "kind", kind,
            "embedUrl", embedUrl,
            "durationSeconds", "45",
            "termIds", Long.toString(termId),
            "version", ""
        };
    }

    private static String[] without(String[] fields, String name) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < fields.length; i += 2) {
            if (!fields[i].equals(name)) {
                kept.add(fields[i]);
                kept.add(fields[i + 1]);
            }
        }
        return kept.toArray(String[]::new);
    }

    private static String unique(String base) {
        return base + "-" + Long.toString(System.nanoTime(), 36);
    }

    private static String location(HttpResponse<String> answer) {
        return answer.headers().firstValue("Location").orElse("");
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("%s in %s", regex, text).isTrue();
        return m.group(1);
    }
}
