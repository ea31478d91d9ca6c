package org.physioportal.programmes.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.physioportal.WebSession;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountFixtures.TestAccount;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.physioportal.companion.CompanionApi;
import org.physioportal.companion.CompanionFixtures;
import org.physioportal.exercises.ExerciseView;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.programmes.PlannedExercise;
import org.physioportal.programmes.ProgrammesApi;
import org.physioportal.shared.Lang;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The printed programme: an A4 PDF with the exercises, their pictures, steps and dosage in the
 * patient's language (or Czech and English side by side for the therapist), and a QR code that
 * leads to the programme online. Read back with pdfbox; the QR code decoded with ZXing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandoutIntegrationTests {

    static final String BASE = "http://localhost:8080";

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

    @Autowired
    org.physioportal.media.MediaApi media;

    TestAccount therapistX;
    long patientId;
    String patientEmail;
    WebSession patient;
    WebSession therapist;
    ExerciseView pictured;
    ExerciseView second;
    long programme;

    @BeforeAll
    void prescribe() {
        // exercises with a demo (SVG) picture or none: other tests in this context give some a photo
        List<ExerciseView> library = exercises.allPublished(Lang.EN).stream()
                .filter(e -> e.imageId() == null || svg(e.imageId()))
                .toList();
        pictured = library.stream().filter(e -> e.imageId() != null).findFirst().orElseThrow();
        second = library.stream()
                .filter(e -> e.id() != pictured.id())
                .findFirst()
                .orElseThrow();
        therapistX = AccountFixtures.create(accounts, Role.THERAPIST);
        patientEmail = "czech-patient-" + System.nanoTime() + "@test.example";
        patientId = accounts.createVerified(
                patientEmail, "Pacientka Test", AccountFixtures.PASSWORD, Lang.CS, Set.of(Role.MEMBER));
        companion.consent(patientId);
        companion.link(therapistX.id(), patientId, patientEmail);
        programme = programmes.prescribe(
                patientId,
                therapistX.id(),
                "Knee after surgery",
                "Walk without pain",
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 1, 15),
                List.of(
                        new PlannedExercise(
                                pictured.groupKey(),
                                3,
                                10,
                                null,
                                30,
                                2,
                                EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
                                "Slowly, no pain above 3"),
                        new PlannedExercise(second.groupKey(), 2, null, 20, 45, 1, EnumSet.of(DayOfWeek.FRIDAY), "")));
        patient = CompanionFixtures.login(port, new TestAccount(patientId, patientEmail, "Pacientka Test"));
        therapist = CompanionFixtures.login(port, therapistX);
    }

    @Test
    void thePatientDownloadsAnA4HandoutWithPicturesDosageAndAQrCodeToTheProgramme() {
        HttpResponse<byte[]> answer = patient.getBytes("/en/my/programmes/" + programme + "/handout.pdf");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(answer.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).startsWith("attachment").contains("programme.pdf"));
        keep("handout-en.pdf", answer.body());
        Pdfs pdf = Pdfs.read(answer.body());
        assertThat(pdf.width()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
        assertThat(pdf.height()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
        String text = flat(pdf.text());
        assertThat(text)
                .contains("Knee after surgery", "Walk without pain", "from 2026-12-01", "review on 2027-01-15")
                .contains(pictured.name(), second.name())
                .contains(pictured.steps().getFirst())
                .contains("3 × 10 repetitions · rest 30 s · 2× a day · Mo We")
                .contains("2 × hold 20 s · rest 45 s · 1× a day · Fr")
                .contains("Slowly, no pain above 3");
        assertThat(pdf.qrCodes()).containsExactly(BASE + "/en/my/programmes#programme-" + programme);
        assertThat(pdf.images()).as("the QR code is the only raster picture").hasSize(1);
        assertThat(pdf.groundPixels()).as("the exercise's SVG picture is drawn").isGreaterThan(20);
    }

    @Test
    void theCzechHandoutPrintsCzechNamesAndLetters() {
        String czechName = exercises
                .publishedByGroup(List.of(pictured.groupKey()), Lang.CS)
                .get(pictured.groupKey())
                .name();
        Pdfs pdf = Pdfs.read(patient.getBytes("/cs/my/programmes/" + programme + "/handout.pdf")
                .body());
        assertThat(flat(pdf.text())).contains(czechName, "Domácí cvičební program", "3 × 10");
        assertThat(pdf.qrCodes()).containsExactly(BASE + "/cs/my/programmes#programme-" + programme);
    }

    @Test
    void theTherapistPrintsInThePatientsLanguageOrSideBySideAndTheDownloadIsRecorded() {
        long before = recorded();
        Pdfs patientsLanguage = Pdfs.read(therapist
                .getBytes("/en/therapist/programmes/" + programme + "/handout.pdf")
                .body());
        String czechName = exercises
                .publishedByGroup(List.of(pictured.groupKey()), Lang.CS)
                .get(pictured.groupKey())
                .name();
        assertThat(flat(patientsLanguage.text())).contains(czechName).doesNotContain("repetitions");
        assertThat(patientsLanguage.qrCodes()).containsExactly(BASE + "/cs/my/programmes#programme-" + programme);

        HttpResponse<byte[]> both = therapist.getBytes("/en/therapist/programmes/" + programme + "/handout-cs-en.pdf");
        assertThat(both.headers().firstValue("Cache-Control")).hasValue("no-store");
        keep("handout-cs-en.pdf", both.body());
        String text = flat(Pdfs.read(both.body()).text());
        assertThat(text).contains(czechName, pictured.name(), "3 × 10 repetitions", "Domácí cvičební program");
        assertThat(recorded()).isEqualTo(before + 2);
    }

    @Test
    void theProgrammePagesLinkToTheHandouts() {
        var mine = Jsoup.parse(patient.get("/en/my/programmes").body());
        assertThat(mine.select("#programme-" + programme)).hasSize(1);
        assertThat(mine.select("a.handout-link").eachAttr("href"))
                .contains("/en/my/programmes/" + programme + "/handout.pdf");
        var overview =
                Jsoup.parse(therapist.get("/en/therapist/patients/" + patientId).body());
        assertThat(overview.select("a.handout-link").eachAttr("href"))
                .contains("/en/therapist/programmes/" + programme + "/handout.pdf");
        assertThat(overview.select("a.handout-link-both").eachAttr("href"))
                .contains("/en/therapist/programmes/" + programme + "/handout-cs-en.pdf");
    }

    @Test
    void guessedAndOtherPeoplesProgrammesAre404() {
        assertThat(patient.getBytes("/en/my/programmes/987654321/handout.pdf").statusCode())
                .isEqualTo(404);
        TestAccount stranger = AccountFixtures.create(accounts, Role.MEMBER);
        companion.consent(stranger.id());
        var other = CompanionFixtures.login(port, stranger);
        assertThat(other.getBytes("/en/my/programmes/" + programme + "/handout.pdf")
                        .statusCode())
                .isEqualTo(404);
        var unlinked = CompanionFixtures.login(port, AccountFixtures.create(accounts, Role.THERAPIST));
        assertThat(unlinked.getBytes("/en/therapist/programmes/" + programme + "/handout-cs-en.pdf")
                        .statusCode())
                .isEqualTo(404);
    }

    /** Beside the browser tests' screenshots, for a look at the layout. */
    private static void keep(String name, byte[] pdf) {
        try {
            java.nio.file.Files.createDirectories(org.physioportal.BrowserSupport.SCREENSHOTS);
            java.nio.file.Files.write(org.physioportal.BrowserSupport.SCREENSHOTS.resolve(name), pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The extracted text on one line (a long dosage may wrap). */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private long recorded() {
        return jdbc.queryForObject(
                "select count(*) from health_access where patient_id = ? and what = 'handout'", Long.class, patientId);
    }

    private boolean svg(long imageId) {
        var picture = media.findAll(List.of(imageId), Lang.EN).get(imageId);
        return picture != null && "image/svg+xml".equals(picture.contentType());
    }
}
