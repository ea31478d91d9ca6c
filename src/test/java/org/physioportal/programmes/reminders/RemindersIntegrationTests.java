package org.physioportal.programmes.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.util.DayOfWeek;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.physioportal.MailBox;
import org.physioportal.WebSession;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountFixtures.TestAccount;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.physioportal.companion.CompanionApi;
import org.physioportal.companion.CompanionFixtures;
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
 * The private calendar feed (made, read by a calendar app, replaced, switched off) and the opt-in
 * e-mail reminder (the settings form, the job: once a day, only on planned days, only for running
 * programmes, in the patient's language, never twice even when two nodes run it at once), and both
 * in "export everything" and "delete everything".
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.mail.port=" + RemindersIntegrationTests.MAIL_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemindersIntegrationTests {

    static final int MAIL_PORT = 23042;
    static final ZoneId PRAGUE = ZoneId.of("Europe/Prague");
    static final LocalDate START = LocalDate.of(2027, 3, 1); // a Monday
    static final LocalDate REVIEW = LocalDate.of(2027, 4, 30);

    @RegisterExtension
    static GreenMailExtension mail = MailBox.server(MAIL_PORT);

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
    Reminders reminders;

    @Autowired
    JdbcTemplate jdbc;

    String group;

    record Patient(TestAccount account, WebSession web) {}

    @BeforeAll
    void library() {
        group = exercises.allPublished(Lang.EN).getFirst().groupKey();
    }

    Patient patient(Lang lang, Set<java.time.DayOfWeek> days) {
        String email = "reminded-" + System.nanoTime() + "@test.example";
        long id = accounts.createVerified(email, "Reminded", AccountFixtures.PASSWORD, lang, Set.of(Role.MEMBER));
        companion.consent(id);
        programmes.prescribe(
                id,
                null,
                "Knee plan",
                "",
                START,
                REVIEW,
                List.of(new PlannedExercise(group, 3, 10, null, 30, 1, days, "")));
        var account = new TestAccount(id, email, "Reminded");
        return new Patient(account, CompanionFixtures.login(port, account));
    }

    Patient patient() {
        return patient(Lang.EN, EnumSet.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.WEDNESDAY));
    }

    /** Makes a new feed address on the settings page; returns its path. */
    static String makeFeed(Patient p) {
        p.web().get("/en/my/reminders");
        HttpResponse<String> made = p.web().post("/en/my/reminders/calendar");
        assertThat(made.statusCode()).isEqualTo(200);
        String url = Jsoup.parse(made.body()).select("#feed-url").val();
        assertThat(url).startsWith("http://localhost:8080/ical/").endsWith(".ics");
        return url.substring("http://localhost:8080".length());
    }

    @Test
    void aCalendarAppReadsThePlannedSessionsInClinicTime() {
        Patient p = patient();
        String feed = makeFeed(p);
        HttpResponse<String> answer = new WebSession(port).get(feed);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        ICalendar calendar = Biweekly.parse(answer.body()).first();
        assertThat(calendar.getEvents()).hasSize(1);
        VEvent event = calendar.getEvents().getFirst();
        assertThat(event.getSummary().getValue()).isEqualTo("Exercises: Knee plan");
        assertThat(event.getRecurrenceRule().getValue().getByDay().stream()
                        .map(biweekly.util.ByDay::getDay)
                        .toList())
                .containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
        Instant start = event.getDateStart().getValue().toInstant();
        assertThat(start).isEqualTo(START.atTime(18, 0).atZone(PRAGUE).toInstant());
        Instant until = event.getRecurrenceRule().getValue().getUntil().toInstant();
        assertThat(until.atZone(PRAGUE).toLocalDate()).isEqualTo(REVIEW);
        var zone = calendar.getTimezoneInfo().getTimezone(event.getDateStart()).getTimeZone();
        assertThat(zone.getOffset(LocalDateTime.of(2027, 1, 10, 12, 0)
                        .atZone(PRAGUE)
                        .toInstant()
                        .toEpochMilli()))
                .as("winter: CET")
                .isEqualTo(3_600_000);
        assertThat(zone.getOffset(LocalDateTime.of(2027, 7, 10, 12, 0)
                        .atZone(PRAGUE)
                        .toInstant()
                        .toEpochMilli()))
                .as("summer: CEST")
                .isEqualTo(7_200_000);
    }

    @Test
    void aNewAddressRevokesTheOldOneAndSwitchingOffRevokesIt() {
        Patient p = patient();
        String first = makeFeed(p);
        String second = makeFeed(p);
        var anonymous = new WebSession(port);
        assertThat(anonymous.get(first).statusCode()).isEqualTo(404);
        assertThat(anonymous.get(second).statusCode()).isEqualTo(200);
        var page = Jsoup.parse(p.web().get("/en/my/reminders").body());
        assertThat(page.select("#feed-url")).as("shown only once").isEmpty();
        assertThat(page.select(".feed-since").text()).contains("active since");
        assertThat(p.web().post("/en/my/reminders/calendar/revoke").statusCode())
                .isEqualTo(302);
        assertThat(anonymous.get(second).statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/ical/" + "A".repeat(43) + ".ics").statusCode())
                .isEqualTo(404);
        assertThat(anonymous.get("/ical/short.ics").statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(p.web().get("/en/my/reminders").body()).select(".feed-none"))
                .hasSize(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from programme_calendar where patient_id = ?",
                        Long.class,
                        p.account().id()))
                .isZero();
    }

    @Test
    void aBadTimeIsRefusedNextToTheFieldAndNothingIsSaved() {
        Patient p = patient();
        p.web().get("/en/my/reminders");
        for (String bad : List.of("25:99", "", "7 pm", "07:30:00")) {
            HttpResponse<String> answer = p.web().post("/en/my/reminders", "enabled", "yes", "time", bad);
            assertThat(answer.statusCode()).as(bad).isEqualTo(400);
            var page = Jsoup.parse(answer.body());
            assertThat(page.select("#time-error").text()).contains("hh:mm");
            assertThat(page.select("#time").attr("aria-invalid")).isEqualTo("true");
        }
        assertThat(settingsOf(p)).isZero();
        HttpResponse<String> saved = p.web().post("/en/my/reminders", "enabled", "yes", "time", "07:30");
        assertThat(saved.statusCode()).isEqualTo(302);
        var page = Jsoup.parse(p.web().get("/en/my/reminders?saved").body());
        assertThat(page.select("#enabled").hasAttr("checked")).isTrue();
        assertThat(page.select("#time").val()).isEqualTo("07:30");
        ICalendar calendar =
                Biweekly.parse(new WebSession(port).get(makeFeed(p)).body()).first();
        assertThat(calendar.getEvents().getFirst().getDateStart().getValue().toInstant())
                .as("the feed's sessions move to the reminder's time")
                .isEqualTo(START.atTime(7, 30).atZone(PRAGUE).toInstant());
    }

    @Test
    void theReminderGoesOutOnceOnPlannedDaysOfRunningProgrammesInThePatientsLanguage() throws Exception {
        Patient english = patient();
        Patient czech = patient(Lang.CS, EnumSet.of(java.time.DayOfWeek.MONDAY));
        Patient off = patient();
        optIn(english, "yes");
        optIn(czech, "yes");
        optIn(off, "");

        reminders.remind(at(START, "06:00"));
        reminders.remind(at(START, "07:45"));
        String text = MailBox.textTo(mail, english.account().email(), "/en/my/today");
        assertThat(text).doesNotContain("Knee plan").contains("/en/my/reminders");
        assertThat(MailBox.textTo(mail, czech.account().email(), "/cs/my/today"))
                .contains("Dobrý den");
        reminders.remind(at(START, "08:15"));
        reminders.remind(at(START.plusDays(1), "07:45")); // Tuesday: nothing planned
        reminders.remind(at(LocalDate.of(2027, 5, 3), "07:45")); // a Monday after the review date
        reminders.remind(at(LocalDate.of(2027, 2, 22), "07:45")); // a Monday before the start
        pause();
        assertThat(MailBox.countTo(mail, english.account().email())).isEqualTo(1);
        assertThat(MailBox.countTo(mail, czech.account().email())).isEqualTo(1);
        assertThat(MailBox.countTo(mail, off.account().email())).isZero();

        Instant wednesday = at(START.plusDays(2), "07:45");
        var nodes = List.of(
                CompletableFuture.supplyAsync(() -> reminders.remind(wednesday)),
                CompletableFuture.supplyAsync(() -> reminders.remind(wednesday)));
        CompletableFuture.allOf(nodes.toArray(CompletableFuture[]::new)).get();
        pause();
        assertThat(MailBox.countTo(mail, english.account().email()))
                .as("two nodes at once: one mail")
                .isEqualTo(2);
        assertThat(MailBox.countTo(mail, czech.account().email()))
                .as("Wednesday is not planned")
                .isEqualTo(1);
    }

    @Test
    void exportHasTheNewRecordsAndDeleteRemovesThem() {
        Patient p = patient();
        optIn(p, "yes");
        makeFeed(p);
        reminders.remind(at(START.plusWeeks(1), "07:40"));
        String json = p.web().get("/en/my/privacy/export.json").body();
        assertThat(json).contains("\"reminders\"", "email_reminder", "calendar_feed", "reminder_sent", "07:30");
        var privacy = Jsoup.parse(p.web().get("/en/my/privacy").body());
        assertThat(privacy.select("a[href='/en/my/reminders']")).hasSize(1);
        assertThat(p.web().post("/en/my/privacy/delete", "confirm", "yes").statusCode())
                .isEqualTo(302);
        long id = p.account().id();
        for (String table : List.of("programme_reminder", "programme_reminder_sent", "programme_calendar")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where patient_id = ?", Long.class, id))
                    .as(table)
                    .isZero();
        }
    }

    private void optIn(Patient p, String enabled) {
        p.web().get("/en/my/reminders");
        assertThat(p.web()
                        .post("/en/my/reminders", "enabled", enabled, "time", "07:30")
                        .statusCode())
                .isEqualTo(302);
    }

    private long settingsOf(Patient p) {
        return jdbc.queryForObject(
                "select count(*) from programme_reminder where patient_id = ?",
                Long.class,
                p.account().id());
    }

    private static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(PRAGUE).toInstant();
    }

    /** Mail goes out on its own thread: time for a mail that should not come to arrive. */
    private static void pause() throws InterruptedException {
        Thread.sleep(1500);
    }
}
