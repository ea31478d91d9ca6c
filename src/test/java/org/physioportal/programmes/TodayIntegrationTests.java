package org.physioportal.programmes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.physioportal.WebSession;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountFixtures.TestAccount;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.physioportal.companion.CompanionFixtures;
import org.physioportal.exercises.ExerciseView;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.programmes.domain.Diary;
import org.physioportal.programmes.domain.ExerciseSession;
import org.physioportal.programmes.domain.NewSession;
import org.physioportal.programmes.domain.Programme;
import org.physioportal.programmes.domain.ProgrammeContent;
import org.physioportal.programmes.domain.ProgrammeItem;
import org.physioportal.programmes.domain.Programmes;
import org.physioportal.shared.Lang;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The patient's day: today's exercises, logging a session once per key, bad input refused. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TodayIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountsApi accounts;

    @Autowired
    ExercisesApi exercises;

    @Autowired
    Programmes programmes;

    @Autowired
    org.physioportal.programmes.domain.ProgrammeRepository programmeRepository;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Diary diary;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    org.physioportal.programmes.domain.Progress progress;

    @Autowired
    ProgrammesApi programmesApi;

    @Autowired
    org.physioportal.companion.PatientAccess patientAccess;

    TestAccount a;
    WebSession patient;
    ExerciseView exercise;
    long programme;

    @BeforeAll
    void programme() {
        exercise = exercises.allPublished(Lang.EN).stream()
                .filter(e -> e.imageId() != null && !e.steps().isEmpty())
                .filter(e -> exercises
                        .publishedByGroup(List.of(e.groupKey()), Lang.CS)
                        .containsKey(e.groupKey()))
                .findFirst()
                .orElseThrow();
        a = AccountFixtures.create(accounts, Role.MEMBER);
        patient = CompanionFixtures.login(port, a);
        CompanionFixtures.consent(patient);
        var item = new ProgrammeItem(
                exercise.groupKey(), 3, null, 20, 30, 1, EnumSet.allOf(DayOfWeek.class), "Keep breathing");
        programme = programmes.create(
                a.id(), null, new ProgrammeContent("Back basics", "", LocalDate.of(2020, 1, 1), null, List.of(item)));
    }

    @Test
    void theDayShowsTodaysExercisesWithPictureStepsAndACounter() {
        var answer = patient.get("/en/my/today");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        var doc = Jsoup.parse(answer.body());
        var item = doc.select(".day-item").first();
        assertThat(item.select("h3").text()).isEqualTo(exercise.name());
        assertThat(item.select("img").attr("alt")).isNotBlank();
        assertThat(item.select(".steps li").eachText()).isEqualTo(exercise.steps());
        assertThat(item.select(".links a").first().attr("href")).isEqualTo(exercise.url());
        assertThat(item.select(".links a").first().text()).isEqualTo("Full description");
        assertThat(item.select(".dosage").text()).startsWith("3 × hold 20 s");
        assertThat(item.select(".counter").attr("data-hold")).isEqualTo("20");
        String nonce = answer.headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow()
                .replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(doc.select("script[src=/js/today.js]").attr("nonce")).isEqualTo(nonce);
        assertThat(doc.select("script:not([src])").stream().filter(s -> !"application/ld+json".equals(s.attr("type"))))
                .isEmpty();
        var czech = Jsoup.parse(patient.get("/cs/my/today").body());
        assertThat(czech.select(".day-item h3").text())
                .isEqualTo(exercises
                        .publishedByGroup(List.of(exercise.groupKey()), Lang.CS)
                        .get(exercise.groupKey())
                        .name());
        // the card's public parts are kept per language: the Czech day has the Czech texts
        assertThat(czech.select(".day-item .links a").first().text()).isEqualTo("Celý popis");
    }

    /**
     * The day reads a patient's programmes with their items, and the day's sessions with what was done,
     * a statement each: neither collection is fetched on its own. Counted per collection, so a scheduled
     * job running meanwhile does not count.
     */
    @Test
    void theDayReadsProgrammesAndSessionsWithoutFetchingTheirCollectionsOnTheirOwn() {
        var b = AccountFixtures.create(accounts, Role.MEMBER);
        List<String> groups = exercises.allPublished(Lang.EN).stream()
                .map(ExerciseView::groupKey)
                .limit(2)
                .toList();
        assertThat(groups).hasSize(2);
        for (String title : List.of("First", "Second", "Third")) {
            var items = groups.stream()
                    .map(g -> new ProgrammeItem(g, 2, 10, null, 30, 1, EnumSet.allOf(DayOfWeek.class), ""))
                    .toList();
            programmes.create(b.id(), null, new ProgrammeContent(title, "", LocalDate.of(2020, 1, 1), null, items));
        }
        programmes.create(b.id(), null, new ProgrammeContent("Empty", "", LocalDate.of(2019, 1, 1), null, List.of()));
        LocalDate today = diary.today();
        diary.log(b.id(), new NewSession(null, today, "reads-1-" + b.id(), 3, 2, "", Set.copyOf(groups)));
        diary.log(b.id(), new NewSession(null, today, "reads-2-" + b.id(), 4, 3, "", Set.of(groups.get(0))));
        diary.log(b.id(), new NewSession(null, today, "reads-3-" + b.id(), 5, 3, "", Set.of()));
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean wasEnabled = statistics.isStatisticsEnabled();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            var read = programmes.ofPatient(b.id());
            var logged = diary.between(b.id(), today, today);
            assertThat(statistics
                            .getCollectionStatistics(Programme.class.getName() + ".items")
                            .getFetchCount())
                    .isZero();
            assertThat(statistics
                            .getCollectionStatistics(ExerciseSession.class.getName() + ".done")
                            .getFetchCount())
                    .isZero();
            assertThat(read).extracting(Programme::title).containsExactly("Third", "Second", "First", "Empty");
            assertThat(read.get(0).items())
                    .extracting(ProgrammeItem::exerciseGroup)
                    .containsExactlyElementsOf(groups);
            assertThat(read.get(3).items()).isEmpty();
            assertThat(logged).extracting(s -> s.done().size()).containsExactly(2, 1, 0);
        } finally {
            statistics.setStatisticsEnabled(wasEnabled);
        }
    }

    @Test
    void aSessionSentTwiceWithTheSameKeyIsStoredOnce() {
        patient.get("/en/my/today");
        String key = "test-key-" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            var answer = patient.post(
                    "/en/my/today",
                    "programme",
                    String.valueOf(programme),
                    "key",
                    key,
                    "pain",
                    "3",
                    "effort",
                    "2",
                    "note",
                    "felt fine",
                    "done",
                    exercise.groupKey());
            assertThat(answer.statusCode()).isEqualTo(302);
        }
        assertThat(jdbc.queryForObject("select count(*) from exercise_session where client_key = ?", Long.class, key))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from session_exercise e join exercise_session s on s.id = e.session_id where s.client_key = ?",
                        Long.class,
                        key))
                .isEqualTo(1);
        assertThat(Jsoup.parse(patient.get("/en/my/today?logged").body())
                        .select(".notice")
                        .text())
                .isNotBlank();
        assertThat(patient.get("/en/my/privacy/export.csv").body()).contains("\"sessions\",1,\"pain_nprs\",\"3\"");
    }

    @Test
    void outOfRangePainAndEffortAreRefusedNextToTheFieldAndNothingIsSaved() {
        long before = jdbc.queryForObject("select count(*) from exercise_session", Long.class);
        patient.get("/en/my/today");
        for (String[] bad : new String[][] {{"11", "2"}, {"-1", "2"}, {"x", "2"}, {"3", "0"}, {"3", "6"}, {"", ""}}) {
            var answer = patient.post(
                    "/en/my/today",
                    "programme",
                    String.valueOf(programme),
                    "key",
                    "bad-key-" + System.nanoTime(),
                    "pain",
                    bad[0],
                    "effort",
                    bad[1]);
            assertThat(answer.statusCode()).as(String.join(",", bad)).isEqualTo(400);
            var doc = Jsoup.parse(answer.body());
            assertThat(doc.select(".scale .field-error").text()).isNotBlank();
        }
        var foreign = patient.post(
                "/en/my/today",
                "programme",
                String.valueOf(programme),
                "key",
                "bad-key-x1234",
                "pain",
                "3",
                "effort",
                "2",
                "done",
                "not-in-programme");
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from exercise_session", Long.class))
                .isEqualTo(before);
    }

    @Test
    void anotherPatientsProgrammeIsNotFound() {
        var b = AccountFixtures.create(accounts, Role.MEMBER);
        WebSession other = CompanionFixtures.login(port, b);
        CompanionFixtures.consent(other);
        other.get("/en/my/today");
        var answer = other.post(
                "/en/my/today",
                "programme",
                String.valueOf(programme),
                "key",
                "other-key-1234",
                "pain",
                "3",
                "effort",
                "2");
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(other.get("/en/my/today").body()).text()).doesNotContain("Back basics");
        assertThat(jdbc.queryForObject(
                        "select count(*) from exercise_session where patient_id = ?", Long.class, b.id()))
                .isZero();
    }

    @Test
    void theDemoDeskPutsThePatientNeedingAttentionFirst() {
        long mark = accounts.findByEmail("patient2@demo.physioportal.example")
                .orElseThrow()
                .id();
        long lucie = accounts.findByEmail("patient1@demo.physioportal.example")
                .orElseThrow()
                .id();
        LocalDate today = programmesApi.today();
        var markNeeds = progress.attention(mark, today);
        assertThat(markNeeds.silent()).isTrue();
        assertThat(markNeeds.score()).isGreaterThanOrEqualTo(1);
        assertThat(progress.attention(lucie, today).score()).isZero();
        var weeks = progress.summary(lucie, today, 8).weeks();
        assertThat(weeks).hasSize(8);
        assertThat(weeks.get(3).percent()).isGreaterThan(60);
        assertThat(progress.summary(lucie, today, 8).pain().getFirst().pain())
                .isGreaterThan(
                        progress.summary(lucie, today, 8).pain().getLast().pain());
    }

    @Test
    void theDeskRecordsOneViewPerPatientInOneGoAndNeverForAnUnlinkedOne() {
        var therapist =
                accounts.findByEmail("therapist@demo.physioportal.example").orElseThrow();
        var me = new org.physioportal.accounts.AccountPrincipal(
                therapist.id(),
                therapist.email(),
                therapist.displayName(),
                therapist.lang(),
                therapist.roles(),
                true,
                0,
                "unused");
        List<Long> ids = patientAccess.linkedPatients(therapist.id()).stream()
                .map(org.physioportal.companion.PatientSummary::id)
                .toList();
        assertThat(ids).hasSize(2);
        String count = "select count(*) from health_access where therapist_id = ? and what = 'desk'";
        long before = jdbc.queryForObject(count, Long.class, therapist.id());
        patientAccess.recordViews(ids, me, "desk");
        assertThat(jdbc.queryForObject(count, Long.class, therapist.id())).isEqualTo(before + 2);

        var withStranger = new java.util.ArrayList<>(ids);
        withStranger.add(a.id());
        assertThatThrownBy(() -> patientAccess.recordViews(withStranger, me, "desk"))
                .isInstanceOf(org.physioportal.shared.NotFoundException.class);
        assertThat(jdbc.queryForObject(count, Long.class, therapist.id())).isEqualTo(before + 2);

        LocalDate today = programmesApi.today();
        var all = progress.attention(ids, today);
        for (long id : ids) {
            assertThat(all.get(id))
                    .isEqualTo(progress.attention(List.of(id), today).get(id));
        }
    }

    @Test
    void theDeskCountsTheLastFourteenDaysAndComparesTheLastWeekWithTheOneBefore() {
        var c = AccountFixtures.create(accounts, Role.MEMBER);
        var daily = new ProgrammeItem(exercise.groupKey(), 1, 5, null, 30, 1, EnumSet.allOf(DayOfWeek.class), "");
        long id = programmes.create(
                c.id(), null, new ProgrammeContent("Edges", "", LocalDate.of(2020, 1, 1), null, List.of(daily)));
        LocalDate today = programmesApi.today();
        // days back and pain: in the last week (0, 6), the week before (7, 13), outside both (14, 61)
        int[][] logged = {{0, 8}, {6, 8}, {7, 2}, {13, 2}, {14, 10}, {61, 10}};
        for (int[] day : logged) {
            jdbc.update(
                    "insert into exercise_session (patient_id, programme_id, session_day, client_key, pain, effort,"
                            + " note, created_at) values (?, ?, ?, ?, ?, 3, '', current_timestamp)",
                    c.id(),
                    id,
                    today.minusDays(day[0]),
                    "edge-" + day[0],
                    day[1]);
        }
        var attention = progress.attention(List.of(c.id()), today).get(c.id());
        assertThat(attention.adherence14()).isEqualTo(Math.round(100f * 4 / 14)); // 4 of 14 daily sessions
        assertThat(attention.painChange()).isEqualTo(6.0); // 8 against 2
        assertThat(attention.daysSinceLog()).isZero();
        assertThat(attention.lowAdherence()).isTrue();
        assertThat(attention.painUp()).isTrue();
        assertThat(attention.silent()).isFalse();
        assertThat(progress.attention(List.of(), today)).isEmpty();
    }

    @Test
    void whatTheDeskCountsIsThePatientsOwnProgrammesNeverTemplatesOrOthersProgrammes() {
        var c = AccountFixtures.create(accounts, Role.MEMBER);
        var d = AccountFixtures.create(accounts, Role.MEMBER);
        var therapist = AccountFixtures.create(accounts, Role.MEMBER);
        var mondays = new ProgrammeItem(exercise.groupKey(), 1, 5, null, 30, 2, EnumSet.of(DayOfWeek.MONDAY), "");
        var daily = new ProgrammeItem(exercise.groupKey(), 1, 5, null, 30, 3, EnumSet.allOf(DayOfWeek.class), "");
        LocalDate start = LocalDate.of(2020, 1, 6);
        programmes.create(c.id(), null, new ProgrammeContent("Own", "", start, null, List.of(mondays)));
        programmes.create(d.id(), null, new ProgrammeContent("Another's", "", start, null, List.of(daily)));
        programmes.createTemplate(
                therapist.id(), false, new ProgrammeContent("Template", "", start, null, List.of(daily)));

        assertThat(programmeRepository.plansOf(List.of(c.id())))
                .containsExactly(new org.physioportal.programmes.domain.PlannedDays(c.id(), start, 1, 2));
    }

    @Test
    void aPatientSilentForTwoWeeksShowsTheirLastDayUpToSixtyDaysBack() {
        var c = AccountFixtures.create(accounts, Role.MEMBER);
        var silent = AccountFixtures.create(accounts, Role.MEMBER);
        var daily = new ProgrammeItem(exercise.groupKey(), 1, 5, null, 30, 1, EnumSet.allOf(DayOfWeek.class), "");
        LocalDate today = programmesApi.today();
        for (var patient : List.of(c, silent)) {
            long id = programmes.create(
                    patient.id(),
                    null,
                    new ProgrammeContent("Quiet", "", LocalDate.of(2020, 1, 1), null, List.of(daily)));
            int[] daysBack = patient == c ? new int[] {20, 45} : new int[] {61, 90};
            for (int back : daysBack) {
                jdbc.update(
                        "insert into exercise_session (patient_id, programme_id, session_day, client_key, pain,"
                                + " effort, note, created_at) values (?, ?, ?, ?, 4, 3, '', current_timestamp)",
                        patient.id(),
                        id,
                        today.minusDays(back),
                        "quiet-" + back);
            }
        }
        var attention = progress.attention(List.of(c.id(), silent.id()), today);
        assertThat(attention.get(c.id()).daysSinceLog()).isEqualTo(20);
        assertThat(attention.get(c.id()).adherence14()).isZero();
        assertThat(attention.get(c.id()).painChange()).isNull();
        assertThat(attention.get(c.id()).silent()).isTrue();
        assertThat(attention.get(silent.id()).daysSinceLog())
                .as("nothing within 60 days counts as never")
                .isEqualTo(Long.MAX_VALUE);
        assertThat(attention.get(silent.id()).silent()).isTrue();
    }

    @Test
    void eachExerciseOfTheDayLinksTheVideosThatDemonstrateIt() {
        var demonstrated = jdbc.queryForMap("""
                select e.group_key, v.slug from video v join exercise e on e.id = v.exercise_id
                where v.status = 'PUBLISHED' and v.lang = 'en' and e.status = 'PUBLISHED' order by v.id fetch first 1 rows only""");
        var c = AccountFixtures.create(accounts, Role.MEMBER);
        WebSession someone = CompanionFixtures.login(port, c);
        CompanionFixtures.consent(someone);
        var item = new ProgrammeItem(
                (String) demonstrated.get("group_key"), 2, 8, null, 30, 1, EnumSet.allOf(DayOfWeek.class), "");
        var otherItem = new ProgrammeItem(exercise.groupKey(), 1, 5, null, 30, 1, EnumSet.allOf(DayOfWeek.class), "");
        programmes.create(
                c.id(),
                null,
                new ProgrammeContent("With a video", "", LocalDate.of(2020, 1, 1), null, List.of(item, otherItem)));
        var page = Jsoup.parse(someone.get("/en/my/today").body());
        assertThat(page.select("a[href=/en/videos/" + demonstrated.get("slug") + "]"))
                .hasSize(1);
    }

    @Test
    void thePageAsksForConsentFirst() {
        var c = AccountFixtures.create(accounts, Role.MEMBER);
        WebSession fresh = CompanionFixtures.login(port, c);
        var answer = fresh.get("/en/my/today");
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).contains("/en/my/consent");
    }
}
