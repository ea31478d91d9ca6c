package org.physioportal.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.physioportal.BrowserSupport;
import org.physioportal.BrowserTest;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountFixtures.TestAccount;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.physioportal.companion.CompanionApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * In Chromium on a 390 px phone: the patient downloads the printed programme from "My programmes",
 * switches the e-mail reminder on and makes a calendar address; axe finds nothing serious on the
 * page in either language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HandoutBrowserTests extends BrowserTest {

    @Autowired
    AccountsApi accounts;

    @Autowired
    CompanionApi companion;

    @Autowired
    ProgrammesApi programmes;

    @Test
    void aPatientDownloadsTheHandoutAndSetsUpRemindersOnAPhone() throws IOException {
        TestAccount x = AccountFixtures.create(accounts, Role.THERAPIST);
        TestAccount a = AccountFixtures.create(accounts, Role.MEMBER);
        companion.link(x.id(), a.id(), a.email());
        companion.consent(a.id());
        programmes.prescribe(
                a.id(),
                x.id(),
                "Printed plan",
                "Stronger core",
                LocalDate.of(2020, 1, 6),
                null,
                List.of(new PlannedExercise("forearm-plank", 3, null, 20, 30, 1, EnumSet.of(DayOfWeek.MONDAY), "")));
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setAcceptDownloads(true))) {
            Page page = phone.newPage();
            logIn(page, a);
            page.navigate(url("/en/my/programmes"));
            Download download = page.waitForDownload(
                    () -> page.locator("a.handout-link").first().click());
            assertThat(download.suggestedFilename()).isEqualTo("programme.pdf");
            try (var pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
                assertThat(pdf.getNumberOfPages()).isPositive();
            }

            page.locator("a[href='/en/my/reminders']").click();
            page.locator("#enabled").check();
            page.locator("#time").fill("07:15");
            page.locator("form.reminder-form button[type=submit]").click();
            page.waitForURL("**/en/my/reminders?saved");
            assertThat(page.locator("#time").inputValue()).isEqualTo("07:15");
            page.locator("#feed-renew").click();
            assertThat(page.locator("#feed-url").inputValue())
                    .contains("/ical/")
                    .endsWith(".ics");
            assertThat(BrowserSupport.seriousViolations(page)).isEmpty();
            assertThat(BrowserSupport.fitsWidth(page)).isTrue();
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(BrowserSupport.SCREENSHOTS.resolve("companion-reminders-phone.png")));
            for (String path : List.of("/en/my/reminders", "/cs/my/reminders")) {
                BrowserSupport.assertAccessibleAtBothWidths(page, url(path), path);
            }
        }
    }

    private void logIn(Page page, TestAccount who) {
        page.navigate(url("/login?lang=en"));
        page.locator("#email").fill(who.email());
        page.locator("#password").fill(AccountFixtures.PASSWORD);
        page.locator("main form button[type=submit]").click();
        page.waitForURL("**/en");
    }
}
