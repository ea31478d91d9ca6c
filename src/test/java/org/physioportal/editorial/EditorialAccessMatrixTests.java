package org.physioportal.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.physioportal.WebSession;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.authors.AuthorsApi;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.shared.Lang;
import org.physioportal.taxonomy.TaxonomyApi;
import org.physioportal.taxonomy.TermKind;
import org.physioportal.videos.VideosApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Who may call which back-office route, over real HTTP with real logins: every actor against every
 * {@code /admin/**} route, plus each POST without its CSRF token. Staff may look; only editors and
 * admins change anything; account administration is for admins. Every POST row acts on an article
 * of its own, made by a setup editor, so rows do not depend on each other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorialAccessMatrixTests {

    enum Actor {
        ANONYMOUS,
        MEMBER,
        MODERATOR,
        EDITOR,
        ADMIN
    }

    enum Outcome {
        OK,
        LOGIN,
        FORBIDDEN,
        BAD_REQUEST
    }

    record Route(
            String method,
            String label,
            Supplier<String> path,
            Function<Actor, Outcome> rule,
            Supplier<String[]> fields) {}

    record Row(Actor actor, Route route, boolean csrf, Outcome expected) {
        @Override
        public String toString() {
            return actor + " " + route.method() + " " + route.label() + (csrf ? "" : " without _csrf") + " -> "
                    + expected;
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
    ExercisesApi exercises;

    @Autowired
    VideosApi videos;

    @Autowired
    TaxonomyApi taxonomy;

    @Autowired
    org.physioportal.media.MediaApi media;

    private final Map<Actor, WebSession> sessions = new EnumMap<>(Actor.class);
    private WebSession setup;
    private long shared;
    private long exerciseId;
    private long videoId;
    private long termId;
    private long authorId;
    private long withDraft;
    private long mediaId;
    private Actor acting;
    private long lastArticle;
    private String careGroup;

    @BeforeAll
    void logEveryoneIn() {
        authorId = authors.all(Lang.EN).getFirst().id();
        for (Actor actor : Actor.values()) {
            var session = new WebSession(port);
            if (actor != Actor.ANONYMOUS) {
                var account = AccountFixtures.create(accounts, Role.valueOf(actor.name()));
                session.login(account.email(), AccountFixtures.PASSWORD);
            }
            session.refreshToken(actor == Actor.ANONYMOUS ? "/login?lang=en" : "/account");
            sessions.put(actor, session);
        }
        setup = new WebSession(port);
        setup.login(AccountFixtures.create(accounts, Role.EDITOR).email(), AccountFixtures.PASSWORD);
        shared = fresh();
        careGroup = articles.listings().of(List.of(shared)).getFirst().groupKey();
        termId = taxonomy.all(TermKind.REGION, Lang.EN).getFirst().id();
        exerciseId =
                exercises.listings().page(null, 1, 1).items().getFirst().ref().id();
        videoId = videos.listings().page(null, 1, 1).items().getFirst().ref().id();
        mediaId = freshMedia();
        String slug = unique();
        withDraft = articles.save(org.physioportal.articles.ArticleFixtures.minimal(
                slug,
                "Published " + slug,
                "Lead",
                "Body",
                authorId,
                org.physioportal.shared.Status.PUBLISHED,
                java.time.Instant.now()));
        setup.get("/admin/articles/" + withDraft + "?lang=en");
        int version = articles.draft(withDraft).orElseThrow().version();
        var draft = setup.post("/admin/articles/" + withDraft + "?lang=en", article(slug, Integer.toString(version)));
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(302);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void matrix(Row row) {
        acting = row.actor();
        String path = row.route().path().get();
        var session = sessions.get(row.actor());
        HttpResponse<String> answer;
        if (row.route().method().equals("GET")) {
            answer = session.get(path);
        } else {
            session.refreshToken(row.actor() == Actor.ANONYMOUS ? "/login?lang=en" : "/account");
            answer = session.post(path, fields(row));
        }
        assertThat(outcomeOf(answer))
                .as("%s: %s answered %d, Location %s", row, path, answer.statusCode(), location(answer))
                .isEqualTo(row.expected());
    }

    Stream<Row> rows() {
        List<Route> routes = routes();
        Stream<Row> matrix = routes.stream()
                .flatMap(route -> Arrays.stream(Actor.values())
                        .map(a -> new Row(a, route, true, route.rule().apply(a))));
        Stream<Row> withoutCsrf = routes.stream()
                .filter(route -> route.method().equals("POST"))
                .map(route -> new Row(Actor.EDITOR, route, false, Outcome.FORBIDDEN));
        return Stream.concat(matrix, withoutCsrf);
    }

    List<Route> routes() {
        return List.of(
                get("/admin", staff()),
                get("/admin/articles", staff()),
                get("/admin/articles?status=DRAFT", staff()),
                get("/admin/articles/new", staff()),
                get("/admin/articles/{id}", () -> "/admin/articles/" + shared, staff()),
                get("/admin/articles/{id}/revisions", () -> "/admin/articles/" + shared + "/revisions", staff()),
                get("/admin/articles/{id}/diff", () -> "/admin/articles/" + shared + "/diff?from=1&to=1", staff()),
                get("/admin/articles/{id}/translate", () -> "/admin/articles/" + shared + "/translate", staff()),
                get(
                        "/admin/articles/{id}/revisions/1/revert",
                        () -> "/admin/articles/" + shared + "/revisions/1/revert",
                        staff()),
                get("/admin/articles/{id}/changes", () -> "/admin/articles/" + withDraft + "/changes", staff()),
                get("/admin/accounts", only(Actor.ADMIN)),
                post("/admin/articles", () -> "/admin/articles", editors(), () -> article(unique(), "")),
                post("/admin/articles/{id}", () -> "/admin/articles/" + fresh(), editors(), () -> edit()),
                post("/admin/articles/{id}/workflow", () -> "/admin/articles/" + fresh() + "/workflow", editors(), () ->
                        new String[] {"action", "SUBMIT", "version", "0"}),
                post(
                        "/admin/articles/{id}/revisions/1/revert",
                        () -> "/admin/articles/" + fresh() + "/revisions/1/revert",
                        editors(),
                        () -> new String[] {"version", "0"}),
                post(
                        "/admin/articles/{id}/translate",
                        () -> "/admin/articles/" + fresh() + "/translate",
                        editors(),
                        () -> article(unique(), "")),
                post("/admin/preview", () -> "/admin/preview", editors(), () ->
                        new String[] {"body", "*hi*", "language", "EN"}),
                get("/admin/exercises", staff()),
                get("/admin/exercises/new", staff()),
                get("/admin/exercises/{id}", () -> "/admin/exercises/" + exerciseId, staff()),
                get("/admin/exercises/{id}/revisions", () -> "/admin/exercises/" + exerciseId + "/revisions", staff()),
                get("/admin/videos", staff()),
                get("/admin/videos/new", staff()),
                get("/admin/videos/{id}", () -> "/admin/videos/" + videoId, staff()),
                get("/admin/media", staff()),
                get("/admin/media?page=2147483647", staff()),
                get("/admin/media/{id}", () -> "/admin/media/" + mediaId, staff()),
                post("/admin/media/{id}", () -> "/admin/media/" + mediaId, editors(), () ->
                        new String[] {"altEn", "a", "altCs", "a", "licence", "l", "credit", "c"}),
                post(
                        "/admin/media/{id}/delete",
                        () -> "/admin/media/" + freshMedia() + "/delete",
                        editors(),
                        () -> new String[0]),
                get("/admin/care-cards", staff()),
                get("/admin/care-cards/{group}", () -> "/admin/care-cards/" + careGroup, staff()),
                post(
                        "/admin/care-cards/{group}",
                        () -> "/admin/care-cards/" + careGroup,
                        editors(),
                        () -> new String[] {
                            "soonEn", "If it lasts.", "urgentEn", "If it swells.", "emergencyEn", "If a leg goes numb."
                        }),
                post(
                        "/admin/care-cards/{group} (invalid: one of three)",
                        () -> "/admin/care-cards/" + careGroup,
                        editors(Outcome.BAD_REQUEST),
                        () -> new String[] {"soonEn", "If it lasts."}),
                get("/admin/taxonomy", staff()),
                get("/admin/authors", staff()),
                post("/admin/authors (invalid)", () -> "/admin/authors", editors(Outcome.BAD_REQUEST), () ->
                        new String[] {"key", "Not a key"}),
                get("/admin/taxonomy/{id}", () -> "/admin/taxonomy/" + termId, staff()),
                post("/admin/taxonomy/{id}/move", () -> "/admin/taxonomy/" + termId + "/move", editors(), () ->
                        new String[] {"direction", "0"}),
                post("/admin/taxonomy (invalid)", () -> "/admin/taxonomy", editors(Outcome.BAD_REQUEST), () ->
                        new String[] {"key", "Not a key"}),
                post("/admin/exercises", () -> "/admin/exercises", editors(), this::exercise),
                post(
                        "/admin/exercises/{id}/workflow",
                        () -> "/admin/exercises/" + freshExercise() + "/workflow",
                        editors(),
                        () -> new String[] {"action", "SUBMIT", "version", "0"}),
                post(
                        "/admin/videos (invalid: no source)",
                        () -> "/admin/videos",
                        editors(Outcome.BAD_REQUEST),
                        () -> new String[] {
                            "slug", unique(), "title", "T", "description", "D", "kind", "FILE", "durationSeconds", "10"
                        }),
                post("/admin/media/images (no file)", () -> "/admin/media/images", editors(Outcome.BAD_REQUEST), () ->
                        new String[] {"altEn", "a", "altCs", "a", "licence", "l", "credit", "c"}),
                post("/admin/media/files (no file)", () -> "/admin/media/files", editors(Outcome.BAD_REQUEST), () ->
                        new String[] {"altEn", "a", "altCs", "a", "licence", "l", "credit", "c"}),
                // the four-eyes rule: publishing a draft in review written by another editor, and one's own
                post(
                        "/admin/articles/{id}/workflow PUBLISH (another editor's draft)",
                        () -> "/admin/articles/" + inReview(setup) + "/workflow",
                        editors(),
                        this::publish),
                post(
                        "/admin/articles/{id}/workflow PUBLISH (own draft)",
                        () -> "/admin/articles/" + inReview(ownSession()) + "/workflow",
                        ownWork(),
                        this::publish),
                get(
                        "/admin/exercises/{id}/diff",
                        () -> "/admin/exercises/" + freshExercise() + "/diff?from=1&to=1",
                        staff()),
                get(
                        "/admin/exercises/{id}/translate",
                        () -> "/admin/exercises/" + freshExercise() + "/translate",
                        staff()),
                post(
                        "/admin/exercises/{id}",
                        () -> "/admin/exercises/" + freshExercise(),
                        editors(),
                        () -> exercise("0")),
                post(
                        "/admin/exercises/{id}/translate",
                        () -> "/admin/exercises/" + freshExercise() + "/translate",
                        editors(),
                        this::exercise),
                get("/admin/videos/{id}/revisions", () -> "/admin/videos/" + videoId + "/revisions", staff()),
                get("/admin/videos/{id}/translate", () -> "/admin/videos/" + freshVideo() + "/translate", staff()),
                post("/admin/videos", () -> "/admin/videos", editors(), () -> video("")),
                post("/admin/videos/{id}", () -> "/admin/videos/" + freshVideo(), editors(), () -> video("0")),
                post(
                        "/admin/videos/{id}/workflow",
                        () -> "/admin/videos/" + freshVideo() + "/workflow",
                        editors(),
                        () -> new String[] {"action", "SUBMIT", "version", "0"}),
                get("/admin/authors/{id}", () -> "/admin/authors/" + authorId, staff()),
                post(
                        "/admin/authors/{id} (invalid)",
                        () -> "/admin/authors/" + authorId,
                        editors(Outcome.BAD_REQUEST),
                        () -> new String[] {"name", ""}),
                post(
                        "/admin/taxonomy/{id} (invalid)",
                        () -> "/admin/taxonomy/" + termId,
                        editors(Outcome.BAD_REQUEST),
                        () -> new String[] {"nameEn", ""}),
                post(
                        "/admin/taxonomy/{id}/merge (into itself)",
                        () -> "/admin/taxonomy/" + termId + "/merge",
                        editors(Outcome.BAD_REQUEST),
                        () -> new String[] {"into", Long.toString(termId)}));
    }

    /** Publishing one's own work: editors may not (four eyes), admins may. */
    static Function<Actor, Outcome> ownWork() {
        return only(Actor.ADMIN);
    }

    /** The acting editor or admin writes the draft; others cannot write, so the setup editor does. */
    private WebSession ownSession() {
        return acting == Actor.EDITOR || acting == Actor.ADMIN ? sessions.get(acting) : setup;
    }

    /** A new article submitted for review by {@code author}. */
    private long inReview(WebSession author) {
        author.get("/admin/articles/new?lang=en");
        var created = author.post("/admin/articles?lang=en", article(unique(), ""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        lastArticle = Long.parseLong(location(created).replaceAll("^/admin/articles/(\\d+).*$", "$1"));
        author.get("/admin/articles/" + lastArticle + "?lang=en");
        var submitted = author.post(
                "/admin/articles/" + lastArticle + "/workflow?lang=en",
                "action",
                "SUBMIT",
                "version",
                Integer.toString(articles.draft(lastArticle).orElseThrow().version()));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
        return lastArticle;
    }

    private String[] publish() {
        return new String[] {
            "action",
            "PUBLISH",
            "version",
            Integer.toString(articles.draft(lastArticle).orElseThrow().version()),
            "publishAt",
            ""
        };
    }

    private String[] video(String version) {
        return new String[] {
            "language", "EN",
            "slug", unique(),
            "title", "Matrix video",
            "description", "How it looks.",
            "kind", "EMBED",
            "embedUrl", "https://www.youtube-nocookie.com/embed/abcdefghijk",
            "durationSeconds", "45",
            "termIds", Long.toString(termId),
            "version", version
        };
    }

    private long freshVideo() {
        setup.get("/admin/videos/new?lang=en");
        var answer = setup.post("/admin/videos?lang=en", video(""));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        return Long.parseLong(location(answer).replaceAll("^/admin/videos/(\\d+).*$", "$1"));
    }

    static Function<Actor, Outcome> editors(Outcome outcome) {
        return actor ->
                editors().apply(actor) == Outcome.OK ? outcome : editors().apply(actor);
    }

    private String[] exercise() {
        return exercise("");
    }

    private String[] exercise(String version) {
        return new String[] {
            "language",
            "EN",
            "slug",
            unique(),
            "name",
            "Matrix exercise",
            "goal",
            "Goal",
            "startingPosition",
            "Start",
            "steps",
            "One",
            "difficulty",
            "EASY",
            "termIds",
            Long.toString(termId),
            "version",
            version
        };
    }

    private long freshExercise() {
        setup.get("/admin/exercises/new?lang=en");
        var answer = setup.post("/admin/exercises?lang=en", exercise());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        return Long.parseLong(location(answer).replaceAll("^/admin/exercises/(\\d+).*$", "$1"));
    }

    // --- rules

    static Function<Actor, Outcome> staff() {
        return only(Actor.MODERATOR, Actor.EDITOR, Actor.ADMIN);
    }

    static Function<Actor, Outcome> editors() {
        return only(Actor.EDITOR, Actor.ADMIN);
    }

    static Function<Actor, Outcome> only(Actor... allowed) {
        return actor -> actor == Actor.ANONYMOUS
                ? Outcome.LOGIN
                : Arrays.asList(allowed).contains(actor) ? Outcome.OK : Outcome.FORBIDDEN;
    }

    static Outcome outcomeOf(HttpResponse<String> answer) {
        int status = answer.statusCode();
        return switch (status) {
            case 302, 303 -> location(answer).startsWith("/login") ? Outcome.LOGIN : Outcome.OK;
            case 400 -> Outcome.BAD_REQUEST;
            case 403 -> Outcome.FORBIDDEN;
            default -> status >= 200 && status < 300 ? Outcome.OK : null;
        };
    }

    static String location(HttpResponse<String> answer) {
        return answer.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "");
    }

    static Route get(String path, Function<Actor, Outcome> rule) {
        return get(path, () -> path, rule);
    }

    static Route get(String label, Supplier<String> path, Function<Actor, Outcome> rule) {
        return new Route(
                "GET",
                label,
                () -> path.get() + (path.get().contains("?") ? "&" : "?") + "lang=en",
                rule,
                () -> new String[0]);
    }

    static Route post(String label, Supplier<String> path, Function<Actor, Outcome> rule, Supplier<String[]> fields) {
        return new Route("POST", label, () -> path.get() + "?lang=en", rule, fields);
    }

    private static String[] fields(Row row) {
        String[] fields = row.route().fields().get();
        if (row.csrf()) {
            return fields;
        }
        String[] empty = Arrays.copyOf(fields, fields.length + 2);
        empty[fields.length] = "_csrf";
        empty[fields.length + 1] = "";
        return empty;
    }

    // --- what the rows act on

    /** A new draft article (version 0, one revision) by the setup editor. */
    private long fresh() {
        setup.get("/admin/articles/new?lang=en");
        var answer = setup.post("/admin/articles?lang=en", article(unique(), ""));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        return Long.parseLong(location(answer).replaceAll("^/admin/articles/(\\d+).*$", "$1"));
    }

    /** A new, unused picture in the media library. */
    private long freshMedia() {
        var png = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(
                    new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var text = new org.physioportal.media.NewMedia.Text("Matrix picture", null);
        return media.store(new org.physioportal.media.NewMedia(
                "matrix.png", png.toByteArray(), 2, 2, "CC0", "Clinic", null, Map.of(Lang.EN, text, Lang.CS, text)));
    }

    private String[] article(String slug, String version) {
        return new String[] {
            "language",
            "EN",
            "slug",
            slug,
            "title",
            "Matrix " + slug,
            "lead",
            "Lead",
            "body",
            "Body",
            "authorId",
            Long.toString(authorId),
            "version",
            version
        };
    }

    private String[] edit() {
        List<String> fields = new ArrayList<>(List.of(article(unique(), "0")));
        return fields.toArray(String[]::new);
    }

    private static String unique() {
        return "matrix-" + Long.toString(System.nanoTime(), 36);
    }
}
