package org.physioportal.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.physioportal.accounts.AccessMatrixTests.Actor.ADMIN;
import static org.physioportal.accounts.AccessMatrixTests.Actor.ANONYMOUS;
import static org.physioportal.accounts.AccessMatrixTests.Actor.MEMBER;
import static org.physioportal.accounts.AccessMatrixTests.Actor.MODERATOR;
import static org.physioportal.accounts.AccessMatrixTests.Outcome.BAD_REQUEST;
import static org.physioportal.accounts.AccessMatrixTests.Outcome.FORBIDDEN;
import static org.physioportal.accounts.AccessMatrixTests.Outcome.LOGIN;
import static org.physioportal.accounts.AccessMatrixTests.Outcome.NOT_FOUND;
import static org.physioportal.accounts.AccessMatrixTests.Outcome.OK;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.physioportal.WebSession;
import org.physioportal.accounts.AccountFixtures.TestAccount;
import org.physioportal.articles.ArticlesApi;
import org.physioportal.comments.NewComment;
import org.physioportal.comments.domain.CommentPosting;
import org.physioportal.comments.domain.Moderation;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Who may call which account and comment endpoint, over real HTTP with real logins: one row per
 * actor and route, plus rows showing that a logged-in POST without its CSRF token is refused. Every
 * row that acts on a comment or an account gets a fresh one, so rows do not depend on each other.
 * MEMBER posts far more comments than the per-member limit allows in five minutes, hence the limit
 * override.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.limits.comment-post.capacity=100000", "portal.limits.comment-post.period=1m"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTests {

    enum Actor {
        ANONYMOUS,
        MEMBER,
        OTHER_MEMBER,
        MODERATOR,
        EDITOR,
        ADMIN
    }

    /** OK: 2xx, or a redirect anywhere but the login page; LOGIN: a redirect to the login page. */
    enum Outcome {
        OK,
        LOGIN,
        FORBIDDEN,
        BAD_REQUEST,
        NOT_FOUND
    }

    /** An endpoint; {@code path} makes whatever the row acts on and returns the concrete path. */
    record Route(String method, String label, Supplier<String> path, Function<Actor, Outcome> rule, String... fields) {}

    record Row(Actor actor, Route route, boolean csrf, Outcome expected) {
        @Override
        public String toString() {
            return actor + " " + route.method() + " " + route.label() + (csrf ? "" : " without _csrf") + " -> "
                    + expected;
        }
    }

    static final String ARTICLE_SLUG = "running-and-lower-back-pain";
    static final String WRONG = "not the password";

    @LocalServerPort
    int port;

    @Autowired
    AccountsApi accounts;

    @Autowired
    ArticlesApi articles;

    @Autowired
    CommentPosting posting;

    @Autowired
    Moderation moderation;

    private final Map<Actor, WebSession> sessions = new EnumMap<>(Actor.class);
    private final Map<Actor, TestAccount> people = new EnumMap<>(Actor.class);
    private long articleId;

    @BeforeAll
    void logEveryoneIn() {
        articleId = articles.findPublished(Lang.EN, ARTICLE_SLUG).orElseThrow().id();
        for (Actor actor : Actor.values()) {
            var session = new WebSession(port);
            if (actor != ANONYMOUS) {
                var account = AccountFixtures.create(accounts, roleOf(actor));
                people.put(actor, account);
                var answer = session.login(account.email(), AccountFixtures.PASSWORD);
                assertThat(location(answer)).as("login of %s", actor).isEqualTo("/en");
            }
            // Login gives the session a new CSRF token: read a page with a form to pick it up.
            session.refreshToken(actor == ANONYMOUS ? "/login?lang=en" : "/account");
            sessions.put(actor, session);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void matrix(Row row) {
        String path = row.route().path().get();
        var session = sessions.get(row.actor());
        var answer = row.route().method().equals("GET") ? session.get(path) : session.post(path, fields(row));
        assertThat(outcomeOf(answer))
                .as(
                        "%s: %s %s answered %d, Location %s",
                        row, row.route().method(), path, answer.statusCode(), location(answer))
                .isEqualTo(row.expected());
    }

    Stream<Row> rows() {
        List<Route> routes = routes();
        Stream<Row> matrix = routes.stream()
                .flatMap(route -> Arrays.stream(Actor.values())
                        .map(actor -> new Row(actor, route, true, route.rule().apply(actor))));
        Stream<Row> withoutCsrf = routes.stream()
                .filter(route -> route.method().equals("POST"))
                .map(route -> new Row(firstLetIn(route), route, false, FORBIDDEN));
        return Stream.concat(matrix, withoutCsrf);
    }

    List<Route> routes() {
        String comment = "/comments/{id}/";
        String queue = "/moderation/comments/{id}/";
        return List.of(
                get("/login", everyone(OK)),
                get("/register", everyone(OK)),
                get("/account/reset", everyone(OK)),
                get("/account/reset/new?token=not-a-token", everyone(BAD_REQUEST)),
                get("/account/verify?token=not-a-token", everyone(BAD_REQUEST)),
                form(
                        "/account/verify",
                        everyone(BAD_REQUEST),
                        "token",
                        "not-a-token",
                        "displayName",
                        "Matrix tester",
                        "password",
                        "New passphrase 2026"),
                get("/account", loggedIn(OK)),
                form("/account/profile", loggedIn(OK), "displayName", "Matrix tester"),
                form("/account/password", loggedIn(BAD_REQUEST), "current", WRONG, "password", "New passphrase 2026"),
                form("/account/delete", loggedIn(BAD_REQUEST), "deletePassword", WRONG, "comments", "keep"),
                get("/admin/accounts", only(ADMIN)),
                post("/admin/accounts/{id}/roles", this::throwawayRoles, only(ADMIN), "role", "EDITOR"),
                get("/moderation", only(MODERATOR, ADMIN)),
                post(queue + "approve", () -> queued("approve"), only(MODERATOR, ADMIN)),
                post(queue + "hide", () -> queued("hide"), only(MODERATOR, ADMIN)),
                post(queue + "block", () -> queued("block"), only(MODERATOR, ADMIN)),
                form("/comments", loggedIn(OK), commentForm()),
                post(comment + "edit", () -> byMember(false, "edit"), only(MEMBER), "body", "Edited by the matrix"),
                post(comment + "delete", () -> byMember(false, "delete"), only(MEMBER)),
                post(comment + "report", () -> byMember(true, "report"), notByAuthor()),
                post("/comments/{pending}/report", () -> pendingOfStranger("report"), loggedIn(NOT_FOUND)));
    }

    // --- rules

    static Function<Actor, Outcome> everyone(Outcome outcome) {
        return actor -> outcome;
    }

    static Function<Actor, Outcome> loggedIn(Outcome outcome) {
        return actor -> actor == ANONYMOUS ? LOGIN : outcome;
    }

    /** Anyone logged in but MEMBER, the author, who may not report their own comment (400). */
    static Function<Actor, Outcome> notByAuthor() {
        return actor -> actor == MEMBER ? BAD_REQUEST : loggedIn(OK).apply(actor);
    }

    static Function<Actor, Outcome> only(Actor... allowed) {
        return actor -> actor == ANONYMOUS ? LOGIN : Arrays.asList(allowed).contains(actor) ? OK : FORBIDDEN;
    }

    /** The first actor who gets past the URL rules, to show that the missing token alone refuses. */
    static Actor firstLetIn(Route route) {
        return Arrays.stream(Actor.values())
                .filter(a -> route.rule().apply(a) != LOGIN && route.rule().apply(a) != FORBIDDEN)
                .findFirst()
                .orElseThrow();
    }

    static Outcome outcomeOf(HttpResponse<String> answer) {
        int status = answer.statusCode();
        return switch (status) {
            case 302, 303 -> location(answer).startsWith("/login") ? LOGIN : OK;
            case 400 -> BAD_REQUEST;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            default -> status >= 200 && status < 300 ? OK : null;
        };
    }

    /** Where a redirect leads, as a path on this site (the server sends absolute addresses). */
    static String location(HttpResponse<String> answer) {
        return answer.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", "");
    }

    // --- routes and what they act on

    static Route get(String path, Function<Actor, Outcome> rule) {
        return new Route("GET", path, () -> path, rule);
    }

    static Route post(String label, Supplier<String> path, Function<Actor, Outcome> rule, String... fields) {
        return new Route("POST", label, path, rule, fields);
    }

    static Route form(String path, Function<Actor, Outcome> rule, String... fields) {
        return post(path, () -> path, rule, fields);
    }

    private static String[] fields(Row row) {
        String[] fields = row.route().fields();
        if (row.csrf()) {
            return fields;
        }
        String[] empty = Arrays.copyOf(fields, fields.length + 2);
        empty[fields.length] = "_csrf";
        empty[fields.length + 1] = "";
        return empty;
    }

    private String[] commentForm() {
        return new String[] {
            "targetType", "ARTICLE", "targetId", Long.toString(articleId), "body", "Posted by the matrix"
        };
    }

    private String throwawayRoles() {
        return "/admin/accounts/"
                + AccountFixtures.create(accounts, Role.MEMBER).id() + "/roles";
    }

    /** A pending comment of a new member of its own, so that blocking them touches nobody else. */
    private String queued(String action) {
        return "/moderation/comments/" + pendingOfStranger(null) + "/" + action;
    }

    private String pendingOfStranger(String action) {
        long id = comment(AccountFixtures.create(accounts, Role.MEMBER));
        return action == null ? Long.toString(id) : "/comments/" + id + "/" + action;
    }

    /** A fresh comment by MEMBER; published ones are approved first (new members' comments wait). */
    private String byMember(boolean published, String action) {
        long id = comment(people.get(MEMBER));
        if (published) {
            moderation.approve(id);
        }
        return "/comments/" + id + "/" + action;
    }

    private long comment(TestAccount author) {
        var principal = new AccountPrincipal(
                author.id(), author.email(), author.displayName(), Lang.EN, Set.of(Role.MEMBER), true, 0, null);
        var input =
                new NewComment(new ContentRef(ContentType.ARTICLE, articleId), null, "A matrix comment", null, null);
        return posting.post(principal, input).id();
    }

    private static Role roleOf(Actor actor) {
        return actor.name().endsWith("MEMBER") ? Role.MEMBER : Role.valueOf(actor.name());
    }
}
