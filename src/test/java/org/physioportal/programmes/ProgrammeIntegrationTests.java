package org.physioportal.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.physioportal.WebSession;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountFixtures.TestAccount;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.physioportal.companion.CompanionFixtures;
import org.physioportal.exercises.ExerciseView;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.shared.Lang;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Programmes prescribed by a linked therapist, templates assigned to several patients, self-managed programmes. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.mail.port=" + CompanionFixtures.MAIL_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeIntegrationTests {

    @RegisterExtension
    static GreenMailExtension mail = CompanionFixtures.mail();

    @LocalServerPort
    int port;

    @Autowired
    AccountsApi accounts;

    @Autowired
    ExercisesApi exercises;

    @Autowired
    JdbcTemplate jdbc;

    TestAccount x;
    TestAccount a;
    WebSession therapist;
    WebSession patient;
    List<ExerciseView> library;

    @BeforeAll
    void link() {
        library = exercises.allPublished(Lang.EN);
        x = AccountFixtures.create(accounts, Role.THERAPIST);
        a = AccountFixtures.create(accounts, Role.MEMBER);
        therapist = CompanionFixtures.login(port, x);
        patient = CompanionFixtures.login(port, a);
        CompanionFixtures.consent(patient);
        CompanionFixtures.link(mail, therapist, patient, a);
    }

    @Test
    void aLinkedTherapistPrescribesAProgrammeThePatientSeesInTheirLanguage() {
        String path = "/en/therapist/patients/" + a.id() + "/programmes/new";
        assertThat(therapist.get(path).statusCode()).isEqualTo(200);
        var saved =
                therapist.post(path, fields("Knee after surgery", "2026-12-01", "2027-01-15", "3", "12", "", "MONDAY"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);

        var mine = Jsoup.parse(patient.get("/en/my/programmes").body())
                .select(".programme:has(h3:containsOwn(Knee after surgery))");
        assertThat(mine).hasSize(1);
        assertThat(mine.select(".programme-items a").first().text())
                .isEqualTo(library.get(0).name());
        assertThat(mine.select(".dosage").first().text())
                .startsWith("3 × 12 repetitions")
                .endsWith("Mo");
        var czech = Jsoup.parse(patient.get("/cs/my/programmes").body())
                .select(".programme:has(h3:containsOwn(Knee after surgery))");
        String czechName = exercises
                .publishedByGroup(List.of(library.get(0).groupKey()), Lang.CS)
                .get(library.get(0).groupKey())
                .name();
        assertThat(czech.select(".programme-items a").first().text()).isEqualTo(czechName);
        var overview = therapist.get("/en/therapist/patients/" + a.id());
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(overview.body()).select(".programme h3").eachText())
                .contains("Knee after surgery");
        assertThat(jdbc.queryForObject(
                        "select count(*) from health_access where patient_id = ? and what = 'overview'",
                        Long.class,
                        a.id()))
                .isPositive();
    }

    @Test
    void outOfRangeDosageAndDatesAreRefusedNextToTheFieldAndNothingIsSaved() {
        String path = "/en/therapist/patients/" + a.id() + "/programmes/new";
        long before = count();
        therapist.get(path);
        var bad = therapist.post(path, fields("Bad", "2026-12-10", "2026-12-01", "0", "500", "", "MONDAY"));
        assertThat(bad.statusCode()).isEqualTo(400);
        var doc = Jsoup.parse(bad.body());
        assertThat(doc.select("#i0-sets-error").text()).contains("1 to 20");
        assertThat(doc.select("#i0-reps-error").text()).contains("1 to 200");
        assertThat(doc.select("#reviewDate-error").text()).isNotBlank();
        assertThat(doc.select("#i0-sets").attr("aria-invalid")).isEqualTo("true");
        var noDate = therapist.post(path, fields("Bad", "31.12.2026", "", "3", "10", "", "MONDAY"));
        assertThat(noDate.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(noDate.body()).select("#startDate-error").text()).isNotBlank();
        var noDays = therapist.post(path, fields("Bad", "2026-12-01", "", "3", "10", "", null));
        assertThat(Jsoup.parse(noDays.body()).select(".days .field-error").text())
                .isNotBlank();
        var unknown = therapist.post(
                path,
                "title",
                "Bad",
                "startDate",
                "2026-12-01",
                "items[0].exercise",
                "no-such",
                "items[0].sets",
                "1",
                "items[0].reps",
                "1",
                "items[0].days",
                "MONDAY");
        assertThat(Jsoup.parse(unknown.body()).select("#i0-exercise-error").text())
                .isNotBlank();
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void theExercisesOwnDosageIsTheDefault() {
        var chosen = library.stream()
                .filter(e -> e.sets() != null && (e.reps() != null || e.holdSeconds() != null))
                .findFirst()
                .orElseThrow();
        String path = "/en/therapist/patients/" + a.id() + "/programmes/new";
        therapist.get(path);
        var saved = therapist.post(
                path,
                "title",
                "Default dose",
                "startDate",
                "2026-12-01",
                "items[0].exercise",
                chosen.groupKey(),
                "items[0].days",
                "FRIDAY");
        assertThat(saved.statusCode()).isEqualTo(302);
        Integer sets = jdbc.queryForObject(
                "select i.sets from programme_item i join programme p on p.id = i.programme_id where p.title = 'Default dose'",
                Integer.class);
        assertThat(sets).isEqualTo(chosen.sets());
    }

    @Test
    void aTemplateIsAssignedToSeveralLinkedPatientsAtOnceButNeverToOthers() {
        var c = AccountFixtures.create(accounts, Role.MEMBER);
        var stranger = AccountFixtures.create(accounts, Role.MEMBER);
        WebSession second = CompanionFixtures.login(port, c);
        CompanionFixtures.consent(second);
        CompanionFixtures.link(mail, therapist, second, c);
        therapist.get("/en/therapist/templates/new");
        var saved = therapist.post(
                "/en/therapist/templates/new", fields("Lumbar starter", "", "", "2", "", "30", "TUESDAY"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        long template = jdbc.queryForObject(
                "select id from programme where kind = 'TEMPLATE' and title = 'Lumbar starter' and therapist_id = ?",
                Long.class,
                x.id());
        therapist.get("/en/therapist/templates");
        assertThat(therapist
                        .post(
                                "/en/therapist/templates/" + template + "/assign",
                                "patient",
                                String.valueOf(stranger.id()),
                                "startDate",
                                "2026-12-07")
                        .statusCode())
                .isEqualTo(404);
        var noPatient = therapist.post("/en/therapist/templates/" + template + "/assign", "startDate", "2026-12-07");
        assertThat(noPatient.statusCode()).isEqualTo(400);
        var assigned = therapist.postWith(
                "/en/therapist/templates/" + template + "/assign",
                new String[0],
                "patient",
                String.valueOf(a.id()),
                "startDate",
                "2026-12-07");
        assertThat(assigned.statusCode()).isEqualTo(302);
        therapist.get("/en/therapist/templates");
        assertThat(therapist
                        .post(
                                "/en/therapist/templates/" + template + "/assign",
                                "patient",
                                String.valueOf(c.id()),
                                "startDate",
                                "2026-12-07")
                        .statusCode())
                .isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select count(*) from programme where title = 'Lumbar starter' and kind = 'PROGRAMME'",
                        Long.class))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from programme where patient_id = ?", Long.class, stranger.id()))
                .isZero();
    }

    @Test
    void aMemberAddsAnArticlesExercisesToTheirOwnProgramme() {
        var m = AccountFixtures.create(accounts, Role.MEMBER);
        WebSession member = CompanionFixtures.login(port, m);
        CompanionFixtures.consent(member);
        var article = Jsoup.parse(new WebSession(port)
                .get("/en/articles/running-and-lower-back-pain")
                .body());
        String add = article.select(".add-to-programme a").attr("href");
        assertThat(add).startsWith("/en/my/programmes/add?exercise=");
        var page = Jsoup.parse(member.get(add).body());
        List<String> ids = page.select("input[name=exercise]").eachAttr("value");
        assertThat(ids).isNotEmpty();
        // WebSession sends each field once: Spring reads a comma-separated value as the same list
        var done = member.post("/en/my/programmes/add", "exercise", String.join(",", ids), "target", "new");
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select count(*) from programme_item i join programme p on p.id = i.programme_id where p.patient_id = ? and p.therapist_id is null",
                        Long.class,
                        m.id()))
                .isEqualTo(ids.size());
        assertThat(Jsoup.parse(member.get("/en/my/privacy/export.json").body()).text())
                .contains("\"programmes\"");
    }

    @Test
    void othersGetNotFoundForGuessedIds() {
        var y = AccountFixtures.create(accounts, Role.THERAPIST);
        var b = AccountFixtures.create(accounts, Role.MEMBER);
        WebSession otherTherapist = CompanionFixtures.login(port, y);
        WebSession otherPatient = CompanionFixtures.login(port, b);
        CompanionFixtures.consent(otherPatient);
        String path = "/en/therapist/patients/" + a.id() + "/programmes/new";
        therapist.get(path);
        therapist.post(path, fields("Secret plan", "2026-12-01", "", "3", "10", "", "MONDAY"));
        long id = jdbc.queryForObject("select max(id) from programme where patient_id = ?", Long.class, a.id());
        assertThat(otherTherapist.get("/en/therapist/patients/" + a.id()).statusCode())
                .isEqualTo(404);
        assertThat(otherTherapist.get("/en/therapist/programmes/" + id).statusCode())
                .isEqualTo(404);
        otherTherapist.get("/en/therapist/patients");
        assertThat(otherTherapist
                        .post(path, fields("Hijack", "2026-12-01", "", "3", "10", "", "MONDAY"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(otherPatient.get("/en/my/programmes/" + id).statusCode()).isEqualTo(404);
        assertThat(otherPatient.get("/en/therapist/patients/" + a.id()).statusCode())
                .isEqualTo(403);
        assertThat(patient.get("/en/my/programmes/" + id).statusCode())
                .as("prescribed: not the patient's to change")
                .isEqualTo(404);
        assertThat(Jsoup.parse(otherPatient.get("/en/my/programmes").body()).text())
                .doesNotContain("Secret plan");
    }

    @Test
    void patientAndTherapistExchangeMessagesWithUnreadCountsAndANoticeWithoutTheText() {
        String path = "/en/therapist/patients/" + a.id() + "/programmes/new";
        therapist.get(path);
        therapist.post(path, fields("Talk plan", "2026-12-01", "", "3", "10", "", "MONDAY"));
        long id = jdbc.queryForObject(
                "select max(id) from programme where patient_id = ? and title = 'Talk plan'", Long.class, a.id());
        String thread = "/en/therapist/programmes/" + id + "/messages";
        therapist.get(thread);
        assertThat(therapist.post(thread, "body", "   ").statusCode()).isEqualTo(400);
        assertThat(therapist
                        .post(thread, "body", "How did the squats feel this week?")
                        .statusCode())
                .isEqualTo(302);
        String notice = org.physioportal.MailBox.textTo(mail, a.email(), "/my/programmes/" + id + "/messages");
        assertThat(notice).doesNotContain("squats");

        var mine = Jsoup.parse(patient.get("/en/my/programmes").body());
        assertThat(mine.select(".message-link strong").eachText()).contains("1 unread");
        var opened =
                Jsoup.parse(patient.get("/en/my/programmes/" + id + "/messages").body());
        assertThat(opened.select(".message-list li").text()).contains("How did the squats feel this week?");
        assertThat(Jsoup.parse(patient.get("/en/my/programmes").body()).select(".message-link strong"))
                .isEmpty();
        assertThat(patient.post("/en/my/programmes/" + id + "/messages", "body", "Better, thank you.")
                        .statusCode())
                .isEqualTo(302);
        var theirs =
                Jsoup.parse(therapist.get("/en/therapist/patients/" + a.id()).body());
        assertThat(theirs.select(".message-link strong").eachText()).contains("1 unread");

        var y = AccountFixtures.create(accounts, Role.THERAPIST);
        var b = AccountFixtures.create(accounts, Role.MEMBER);
        WebSession otherTherapist = CompanionFixtures.login(port, y);
        WebSession otherPatient = CompanionFixtures.login(port, b);
        CompanionFixtures.consent(otherPatient);
        assertThat(otherTherapist.get(thread).statusCode()).isEqualTo(404);
        assertThat(otherPatient.get("/en/my/programmes/" + id + "/messages").statusCode())
                .isEqualTo(404);
        otherTherapist.get("/en/therapist");
        assertThat(otherTherapist.post(thread, "body", "hello").statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from programme_message where programme_id = ?", Long.class, id))
                .isEqualTo(2);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from programme", Long.class);
    }

    private String[] fields(
            String title, String start, String review, String sets, String reps, String hold, String day) {
        List<String> f = new ArrayList<>(List.of(
                "title",
                title,
                "aim",
                "Walk without pain",
                "startDate",
                start,
                "reviewDate",
                review,
                "items[0].exercise",
                library.get(0).groupKey(),
                "items[0].sets",
                sets,
                "items[0].reps",
                reps,
                "items[0].hold",
                hold,
                "items[0].rest",
                "30",
                "items[0].times",
                "1",
                "items[0].note",
                "Slowly",
                "items[1].exercise",
                ""));
        if (day != null) {
            f.add("items[0].days");
            f.add(day);
        }
        return f.toArray(String[]::new);
    }
}
