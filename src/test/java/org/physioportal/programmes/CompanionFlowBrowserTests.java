package org.physioportal.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.physioportal.BrowserSupport;
import org.physioportal.BrowserTest;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountFixtures.TestAccount;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.physioportal.companion.CompanionApi;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.shared.Lang;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * In Chromium: a therapist prescribes a programme from the running article's exercises; the patient
 * logs a session on a 390 px phone with the counter and sees the chart move. axe-core (no serious
 * findings) and no sideways scrolling at desktop and phone width on every companion page, in both
 * languages; screenshots in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CompanionFlowBrowserTests extends BrowserTest {

    @Autowired
    AccountsApi accounts;

    @Autowired
    CompanionApi companion;

    @Autowired
    ExercisesApi exercises;

    @Autowired
    ProgrammesApi programmes;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aTherapistPrescribesAndThePatientLogsASessionOnAPhone() {
        TestAccount x = AccountFixtures.create(accounts, Role.THERAPIST);
        TestAccount a = AccountFixtures.create(accounts, Role.MEMBER);
        companion.link(x.id(), a.id(), a.email());
        List<String> running = List.of("forearm-plank", "core-activation-breathing");
        String nameEn = exercises
                .publishedByGroup(running, Lang.EN)
                .get("forearm-plank")
                .name();

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            logIn(page, x);
            page.navigate(url("/en/therapist"));
            page.locator(".desk-table a").first().click();
            page.locator("a.button[href$='/programmes/new']").click();
            page.locator("#title").fill("Core after running");
            page.locator("#startDate").fill("2020-01-06");
            page.locator("#i0-exercise").selectOption(running.get(0));
            page.locator("#i1-exercise").selectOption(running.get(1));
            page.locator("#i0-sets").fill("25");
            page.locator("main form button[type=submit]").click();
            assertThat(page.locator("#i0-sets-error").innerText()).contains("1 to 20");
            shot(page, "companion-programme-error");
            page.locator("#i0-sets").fill("3");
            page.locator("#i0-hold").fill("20");
            page.locator("main form button[type=submit]").click();
            page.waitForURL("**/therapist/patients/" + a.id() + "?saved");
            assertThat(page.locator(".programme h3").allInnerTexts()).contains("Core after running");
            shot(page, "companion-therapist-patient");
            for (String path : List.of(
                    "/en/therapist",
                    "/cs/therapist",
                    "/en/therapist/patients",
                    "/en/therapist/patients/" + a.id(),
                    "/cs/therapist/patients/" + a.id() + "/programmes/new",
                    "/en/therapist/templates")) {
                BrowserSupport.assertAccessibleAtBothWidths(page, url(path), path);
            }
        }

        try (BrowserContext phone = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true))) {
            Page page = phone.newPage();
            logIn(page, a);
            page.navigate(url("/en/my/today"));
            page.waitForURL("**/my/consent**");
            shot(page, "companion-consent");
            page.locator("#agree").check();
            page.locator("main form button[type=submit]").click();
            page.waitForURL("**/en/my/today");
            assertThat(page.locator(".day-item h3").allInnerTexts()).contains(nameEn);
            var counter = page.locator(".day-item").first().locator(".counter");
            assertThat(counter.isVisible())
                    .as("the counter shows with JavaScript")
                    .isTrue();
            assertThat(counter.locator(".counter-state").innerText()).isEqualTo("Set 1");
            shot(page, "companion-today-phone");
            page.locator(".day-item input[name=done]").first().check();
            page.locator("label[for$='-pain-4']").click();
            page.locator("label[for$='-effort-3']").click();
            page.locator("form.day-programme button[type=submit]").click();
            page.waitForURL("**/en/my/today?logged");
            assertThat(page.locator(".notice:not([data-offline-status])").innerText())
                    .contains("saved");
            page.navigate(url("/en/my/programmes"));
            assertThat(page.locator(".pain-table tbody tr").count()).isEqualTo(1);
            assertThat(page.locator(".pain-table tbody td").first().innerText()).isEqualTo("4.0");
            shot(page, "companion-progress-phone");
            for (String path : List.of(
                    "/en/my/today",
                    "/cs/my/today",
                    "/en/my/programmes",
                    "/cs/my/programmes",
                    "/en/my/care",
                    "/cs/my/privacy",
                    "/en/my/consent",
                    "/cs/my/programmes/new")) {
                BrowserSupport.assertAccessibleAtBothWidths(page, url(path), path);
            }
        }
    }

    @Test
    void theDayOpensOfflineAndASessionLoggedOfflineIsSentWhenTheConnectionReturns() {
        TestAccount x = AccountFixtures.create(accounts, Role.THERAPIST);
        TestAccount a = AccountFixtures.create(accounts, Role.MEMBER);
        companion.link(x.id(), a.id(), a.email());
        companion.consent(a.id());
        programmes.prescribe(
                a.id(),
                x.id(),
                "Offline plan",
                "",
                java.time.LocalDate.of(2020, 1, 1),
                null,
                List.of(new PlannedExercise(
                        "glute-bridge", 2, 10, null, 20, 1, java.util.EnumSet.allOf(java.time.DayOfWeek.class), "")));
        try (BrowserContext phone = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true))) {
            Page page = phone.newPage();
            logIn(page, a);
            page.navigate(url("/en/my/today"));
            page.evaluate("() => navigator.serviceWorker.ready.then(() => true)");
            page.reload();
            page.waitForFunction("() => navigator.serviceWorker.controller !== null");
            page.reload();
            assertThat(page.locator("link[rel=manifest]").count()).isEqualTo(1);

            phone.setOffline(true);
            page.navigate(url("/en/my/today"));
            assertThat(page.locator("h2").allInnerTexts()).contains("Offline plan");
            page.locator("label[for$='-pain-2']").click();
            page.locator("label[for$='-effort-2']").click();
            page.locator("form.day-programme button[type=submit]").click();
            assertThat(page.locator("[data-offline-status]").innerText()).contains("offline");
            shot(page, "companion-today-offline");
            assertThat(sessions(a.id())).isZero();

            phone.setOffline(false);
            page.waitForFunction(
                    "() => document.querySelector('[data-offline-status]').textContent.includes('has been sent')");
            assertThat(sessions(a.id())).isEqualTo(1);
        }
    }

    private long sessions(long patientId) {
        return jdbc.queryForObject("select count(*) from exercise_session where patient_id = ?", Long.class, patientId);
    }

    private void logIn(Page page, TestAccount who) {
        page.navigate(url("/login?lang=en"));
        page.locator("#email").fill(who.email());
        page.locator("#password").fill(AccountFixtures.PASSWORD);
        page.locator("main form button[type=submit]").click();
        page.waitForURL("**/en");
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(BrowserSupport.SCREENSHOTS.resolve(name + ".png")));
    }
}
