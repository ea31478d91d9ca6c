package org.physioportal.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.physioportal.WebSession;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountFixtures.TestAccount;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.physioportal.companion.CompanionApi;
import org.physioportal.companion.CompanionFixtures;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.shared.Lang;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every companion page against every kind of visitor, over real HTTP with real logins: anonymous,
 * a member, patient A, patient B, therapist X (linked to A), therapist Y (not linked), an editor and
 * an admin. Nobody reads what is not theirs; guessed ids are answered 404; every private answer is
 * {@code no-store}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompanionAccessMatrixTests {

    enum Actor {
        ANONYMOUS,
        MEMBER,
        PATIENT_A,
        PATIENT_B,
        THERAPIST_X,
        THERAPIST_Y,
        EDITOR,
        ADMIN
    }

    enum Outcome {
        OK,
        LOGIN,
        FORBIDDEN,
        NOT_FOUND
    }

    record Row(Actor actor, String label, Function<CompanionAccessMatrixTests, String> path, Outcome expected) {
        @Override
        public String toString() {
            return actor + " GET " + label + " -> " + expected;
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    AccountsApi accounts;

    @Autowired
    CompanionApi companion;

    @Autowired
    ProgrammesApi programmes;

    @Autowired
    ExercisesApi exercises;

    @Autowired
    JdbcTemplate jdbc;

    final Map<Actor, TestAccount> people = new EnumMap<>(Actor.class);
    final Map<Actor, WebSession> sessions = new EnumMap<>(Actor.class);
    long prescribed;
    long ownOfA;
    long templateOfX;
    String feedOfA;

    @BeforeAll
    void everyone() {
        for (Actor actor : Actor.values()) {
            if (actor == Actor.ANONYMOUS) {
                sessions.put(actor, new WebSession(port));
                continue;
            }
            var account = AccountFixtures.create(accounts, role(actor));
            people.put(actor, account);
            companion.consent(account.id());
            sessions.put(actor, CompanionFixtures.login(port, account));
        }
        long a = people.get(Actor.PATIENT_A).id();
        companion.link(
                people.get(Actor.THERAPIST_X).id(),
                a,
                people.get(Actor.PATIENT_A).email());
        String group = exercises.allPublished(Lang.EN).getFirst().groupKey();
        var item = List.of(new PlannedExercise(group, 3, 10, null, 30, 1, EnumSet.allOf(DayOfWeek.class), ""));
        prescribed = programmes.prescribe(
                a, people.get(Actor.THERAPIST_X).id(), "Prescribed", "", LocalDate.now(), null, item);
        ownOfA = programmes.prescribe(a, null, "Own", "", LocalDate.now(), null, item);
        sessions.get(Actor.THERAPIST_X).get("/en/therapist/templates/new");
        sessions.get(Actor.THERAPIST_X)
                .post(
                        "/en/therapist/templates/new",
                        "title",
                        "Template of X",
                        "items[0].exercise",
                        group,
                        "items[0].days",
                        "MONDAY");
        templateOfX = jdbc.queryForObject("select id from programme where title = 'Template of X'", Long.class);
        sessions.get(Actor.PATIENT_A).get("/en/my/reminders");
        String feed = org.jsoup.Jsoup.parse(sessions.get(Actor.PATIENT_A)
                        .post("/en/my/reminders/calendar")
                        .body())
                .select("#feed-url")
                .val();
        feedOfA = feed.substring(feed.indexOf("/ical/"));
    }

    static Role role(Actor actor) {
        return switch (actor) {
            case THERAPIST_X, THERAPIST_Y -> Role.THERAPIST;
            case EDITOR -> Role.EDITOR;
            case ADMIN -> Role.ADMIN;
            default -> Role.MEMBER;
        };
    }

    Stream<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Actor actor : Actor.values()) {
            Outcome own = actor == Actor.ANONYMOUS ? Outcome.LOGIN : Outcome.OK;
            for (String page :
                    List.of("today", "programmes", "care", "privacy", "consent", "privacy/export.json", "reminders")) {
                rows.add(new Row(actor, "/en/my/" + page, t -> "/en/my/" + page, own));
            }
            boolean therapist = actor == Actor.THERAPIST_X || actor == Actor.THERAPIST_Y;
            Outcome therapistPage =
                    actor == Actor.ANONYMOUS ? Outcome.LOGIN : therapist ? Outcome.OK : Outcome.FORBIDDEN;
            for (String page : List.of("", "/patients", "/templates", "/templates/new")) {
                rows.add(new Row(actor, "/en/therapist" + page, t -> "/en/therapist" + page, therapistPage));
            }
            Outcome onlyX = actor == Actor.THERAPIST_X ? Outcome.OK : therapist ? Outcome.NOT_FOUND : therapistPage;
            rows.add(new Row(
                    actor,
                    "/en/therapist/patients/{A}",
                    t -> "/en/therapist/patients/"
                            + t.people.get(Actor.PATIENT_A).id(),
                    onlyX));
            rows.add(new Row(
                    actor,
                    "/en/therapist/patients/{A}/programmes/new",
                    t -> "/en/therapist/patients/"
                            + t.people.get(Actor.PATIENT_A).id() + "/programmes/new",
                    onlyX));
            rows.add(new Row(
                    actor,
                    "/en/therapist/programmes/{prescribed}",
                    t -> "/en/therapist/programmes/" + t.prescribed,
                    onlyX));
            rows.add(new Row(
                    actor, "/en/therapist/templates/{X's}", t -> "/en/therapist/templates/" + t.templateOfX, onlyX));
            Outcome guessed = therapist ? Outcome.NOT_FOUND : therapistPage;
            rows.add(new Row(
                    actor, "/en/therapist/patients/{guessed}", t -> "/en/therapist/patients/987654321", guessed));
            rows.add(new Row(
                    actor, "/en/therapist/programmes/{guessed}", t -> "/en/therapist/programmes/987654321", guessed));
            Outcome onlyA = actor == Actor.ANONYMOUS
                    ? Outcome.LOGIN
                    : actor == Actor.PATIENT_A ? Outcome.OK : Outcome.NOT_FOUND;
            rows.add(new Row(actor, "/en/my/programmes/{A's own}", t -> "/en/my/programmes/" + t.ownOfA, onlyA));
            rows.add(new Row(
                    actor,
                    "/en/my/programmes/{prescribed}/messages",
                    t -> "/en/my/programmes/" + t.prescribed + "/messages",
                    onlyA));
            rows.add(new Row(
                    actor,
                    "/en/therapist/programmes/{prescribed}/messages",
                    t -> "/en/therapist/programmes/" + t.prescribed + "/messages",
                    onlyX));
            rows.add(new Row(
                    actor,
                    "/en/my/programmes/{prescribed}/handout.pdf",
                    t -> "/en/my/programmes/" + t.prescribed + "/handout.pdf",
                    onlyA));
            rows.add(new Row(
                    actor,
                    "/en/therapist/programmes/{prescribed}/handout.pdf",
                    t -> "/en/therapist/programmes/" + t.prescribed + "/handout.pdf",
                    onlyX));
            rows.add(new Row(
                    actor,
                    "/en/therapist/programmes/{prescribed}/handout-cs-en.pdf",
                    t -> "/en/therapist/programmes/" + t.prescribed + "/handout-cs-en.pdf",
                    onlyX));
            rows.add(new Row(
                    actor,
                    "/en/therapist/programmes/{guessed}/handout.pdf",
                    t -> "/en/therapist/programmes/987654321/handout.pdf",
                    guessed));
            // the feed's token is its only key: whoever has A's address reads it, a guessed one is 404
            rows.add(new Row(actor, "/ical/{A's token}.ics", t -> t.feedOfA, Outcome.OK));
            rows.add(new Row(actor, "/ical/{guessed}.ics", t -> "/ical/" + "x".repeat(43) + ".ics", Outcome.NOT_FOUND));
            Outcome nobody = actor == Actor.ANONYMOUS ? Outcome.LOGIN : Outcome.NOT_FOUND;
            rows.add(
                    new Row(actor, "/en/my/programmes/{prescribed}", t -> "/en/my/programmes/" + t.prescribed, nobody));
            rows.add(new Row(
                    actor,
                    "/en/my/programmes/{guessed}/handout.pdf",
                    t -> "/en/my/programmes/987654321/handout.pdf",
                    nobody));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void route(Row row) {
        HttpResponse<String> answer = sessions.get(row.actor()).get(row.path().apply(this));
        assertThat(outcome(answer)).as(row.toString()).isEqualTo(row.expected());
        assertThat(answer.headers().firstValue("Cache-Control"))
                .as(row + ": Cache-Control")
                .hasValue("no-store");
        if (row.actor() != Actor.PATIENT_A && row.expected() != Outcome.OK) {
            assertThat(answer.body())
                    .as(row + ": leaks nothing")
                    .doesNotContain("Prescribed")
                    .doesNotContain(">Own<");
        }
    }

    static Outcome outcome(HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status == 302 && answer.headers().firstValue("Location").orElse("").contains("/login")) {
            return Outcome.LOGIN;
        }
        return switch (status) {
            case 200, 302 -> Outcome.OK;
            case 403 -> Outcome.FORBIDDEN;
            case 404 -> Outcome.NOT_FOUND;
            default -> throw new AssertionError("Unexpected " + status);
        };
    }
}
