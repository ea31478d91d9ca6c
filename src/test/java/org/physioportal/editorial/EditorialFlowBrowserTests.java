package org.physioportal.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.physioportal.BrowserSupport;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountFixtures.TestAccount;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The editorial flow in real Chromium, only through the pages: an editor writes an English article
 * with two exercise figures (picked, previewed live), translates it to Czech side by side and
 * submits both; a second editor publishes them; readers find them in the listing, on the article
 * pages and through the language switch; an edit of the published article waits above it until the
 * second editor approves it, and the history brings the text back as a draft after a confirmation. axe-core finds no
 * violation on any back-office page at 1280 and 390 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EditorialFlowBrowserTests {

    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    AccountsApi accounts;

    @BeforeAll
    static void browser() {
        playwright = Playwright.create();
        browser = BrowserSupport.launch(playwright);
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void writeTranslateReviewPublishFindAndRevert() {
        String suffix = Long.toString(System.nanoTime(), 36);
        String slug = "shin-splints-" + suffix;
        String csSlug = "bolest-holeni-" + suffix;
        String title = "Shin splints in new runners " + suffix;
        String csTitle = "Bolest holení u začínajících běžců " + suffix;
        TestAccount writer = AccountFixtures.create(accounts, Role.EDITOR);
        TestAccount publisher = AccountFixtures.create(accounts, Role.EDITOR);
        String editUrl;
        String csEditUrl;

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            logIn(page, writer);
            page.locator(".account-nav a", new Page.LocatorOptions().setHasText("Back office"))
                    .click();
            page.waitForURL("**/admin?lang=en");
            check(page, "dashboard");
            page.locator("a.button", new Page.LocatorOptions().setHasText("New article"))
                    .click();
            page.waitForURL("**/admin/articles/new?lang=en");

            page.locator("#slug").fill(slug);
            page.locator("#title").fill(title);
            page.locator("#lead").fill("Why the front of the shin hurts when you start running, and what helps.");
            page.locator("#body").fill("## What helps\n\nShorter strides and a **gradual** plan.\n\n");
            page.locator("#figure-choice").selectOption(new String[] {"forearm-plank", "bosu-crunch"});
            page.locator("#insert-figures").click();
            page.locator("#preview .exercise-figure").nth(1).waitFor();
            assertThat(page.locator("#body").inputValue())
                    .containsPattern("\\{\\{figures (forearm-plank bosu-crunch|bosu-crunch forearm-plank)}}");
            assertThat(page.locator("#preview strong").innerText()).isEqualTo("gradual");
            page.locator("#authorId").selectOption(new SelectOption().setIndex(1));
            page.locator("#tutorialIds").selectOption(new SelectOption().setIndex(0));
            page.locator(".term-choices input[type=checkbox]").first().check();
            check(page, "article-new");
            page.locator("form.article-form button[type=submit]").click();
            page.waitForURL("**/admin/articles/*?created&lang=en");
            editUrl = page.url();
            assertThat(page.locator(".notice").innerText()).contains("saved as a draft");
            assertThat(page.locator("#preview .exercise-figure").count()).isEqualTo(2);
            check(page, "article-edit");

            // The Czech version, side by side with the English one
            page.locator("a", new Page.LocatorOptions().setHasText("Create the Czech version"))
                    .click();
            page.waitForURL("**/translate?lang=en");
            assertThat(page.locator(".translation-source h3").innerText()).isEqualTo(title);
            assertThat(page.locator("#title").inputValue()).isEqualTo(title);
            page.locator("#slug").fill(csSlug);
            page.locator("#title").fill(csTitle);
            page.locator("#lead").fill("Proč bolí přední strana holeně, když začnete běhat, a co pomáhá.");
            page.locator("#body")
                    .fill(
                            "## Co pomáhá\n\nKratší krok a **postupný** plán.\n\n{{figures forearm-plank bosu-crunch}}\n");
            page.locator("#preview strong")
                    .filter(new Locator.FilterOptions().setHasText("postupný"))
                    .waitFor();
            check(page, "article-translate");
            page.locator("form.article-form button[type=submit]").click();
            page.waitForURL("**/admin/articles/*?translated&lang=en");
            csEditUrl = page.url();

            // Both go to review; the writer may not publish their own work
            page.locator("form.workflow-submit button").click();
            page.waitForURL("**?SUBMIT&lang=en");
            page.navigate(editUrl);
            page.locator("form.workflow-submit button").click();
            page.waitForURL("**?SUBMIT&lang=en");
            assertThat(page.locator("form.workflow-publish").count()).isZero();
            page.navigate(url("/admin/articles?status=IN_REVIEW&lang=en"));
            assertThat(page.locator("table").innerText()).contains(title, csTitle);
            check(page, "article-list");
        }

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            logIn(page, publisher);
            for (String item : List.of(editUrl, csEditUrl)) {
                page.navigate(item.replaceAll("\\?.*$", "?lang=en"));
                page.locator("form.workflow-publish button").click();
                page.waitForURL("**?PUBLISH&lang=en");
                assertThat(page.locator(".status-bar .status").innerText()).isEqualTo("Published");
            }
        }

        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate(url("/en/articles"));
            page.locator("a", new Page.LocatorOptions().setHasText(title))
                    .first()
                    .click();
            page.waitForURL("**/en/articles/" + slug);
            assertThat(page.locator("h1").innerText()).isEqualTo(title);
            assertThat(page.locator(".figure-row .exercise-figure").count()).isEqualTo(2);
            page.locator("a.lang-switch").click();
            page.waitForURL("**/cs/articles/" + csSlug);
            assertThat(page.locator("h1").innerText()).isEqualTo(csTitle);

            // ... and in search, in both languages, through the header's search box
            for (String[] find : List.of(
                    new String[] {"en", "shin splints " + suffix, title, slug},
                    new String[] {"cs", "bolest holeni " + suffix, csTitle, csSlug})) {
                page.navigate(url("/" + find[0]));
                page.locator("#site-search-q").fill(find[1]);
                page.locator("#site-search-q").press("Enter");
                page.waitForURL("**/" + find[0] + "/search?q=*");
                assertThat(page.locator(".search-results").innerText()).contains(find[2]);
                assertThat(page.locator(".search-results a[href$='/articles/" + find[3] + "']")
                                .count())
                        .isPositive();
            }
        }

        // An edit of the published article is a draft above it: readers keep the reviewed text until
        // the second editor approves; the history compares field by field and brings the text back
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            logIn(page, writer);
            page.navigate(editUrl);
            page.locator("#title").fill("A worse title " + suffix);
            page.locator("form.article-form button[type=submit]").click();
            page.waitForURL("**?saved&lang=en");
            assertThat(page.locator(".status-bar .stage").innerText()).contains("draft of changes");
            assertThat(visitorTitle(context, slug)).isEqualTo(title);
            check(page, "article-draft-above-published");
            page.locator("form.workflow-submit button").click();
            page.waitForURL("**?SUBMIT&lang=en");
            assertThat(page.locator("form.workflow-publish").count())
                    .as("not one's own")
                    .isZero();
            assertThat(visitorTitle(context, slug)).isEqualTo(title);
        }
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            logIn(page, publisher);
            page.navigate(editUrl.replaceAll("\\?.*$", "?lang=en"));
            page.locator(".status-bar a", new Page.LocatorOptions().setHasText("Compare the draft"))
                    .click();
            page.waitForURL("**/changes?lang=en");
            assertThat(page.locator(".field-diff h3").first().innerText()).isEqualTo("Title");
            assertThat(page.locator(".field-diff")
                            .first()
                            .locator("tbody td")
                            .nth(1)
                            .innerText())
                    .isEqualTo("A worse title " + suffix);
            check(page, "draft-changes");
            page.goBack();
            page.locator("form.workflow-publish button").click();
            page.waitForURL("**?PUBLISH&lang=en");
            assertThat(visitorTitle(context, slug)).isEqualTo("A worse title " + suffix);

            page.locator(".status-bar a", new Page.LocatorOptions().setHasText("Revisions"))
                    .click();
            page.waitForURL("**/revisions?lang=en");
            page.locator("button[form=compare]").click();
            page.waitForURL("**/diff?**");
            check(page, "revisions-diff");
            Locator published = page.locator("tbody tr", new Page.LocatorOptions().setHasText("published"))
                    .last();
            published
                    .locator("a", new Locator.LocatorOptions().setHasText("Bring back"))
                    .click();
            page.waitForURL("**/revert?lang=en");
            assertThat(page.locator(".confirm-revert").innerText()).contains("readers keep the published version");
            check(page, "revert-confirm");
            page.locator(".confirm-revert button").click();
            page.waitForURL("**?reverted&lang=en");
            assertThat(page.locator("#title").inputValue()).isEqualTo(title);
            assertThat(visitorTitle(context, slug))
                    .as("a revert is reviewed too")
                    .isEqualTo("A worse title " + suffix);
        }
    }

    @Test
    void theTitleSuggestsTheAddressThePreviewSitsBesideTheTextAndUnsavedChangesWarn() {
        TestAccount editor = AccountFixtures.create(accounts, Role.EDITOR);
        String suffix = Long.toString(System.nanoTime(), 36);
        List<String> dialogs = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.onDialog(dialog -> {
                dialogs.add(dialog.type() + ": " + dialog.message());
                dialog.dismiss();
            });
            logIn(page, editor);
            page.navigate(url("/admin/articles/new?lang=en"));

            // the address follows the title (accents dropped) until the editor types one
            page.locator("#title").click();
            page.locator("#title").pressSequentially("Běh do kopce: čeho se vyvarovat " + suffix);
            assertThat(page.locator("#slug").inputValue()).isEqualTo("beh-do-kopce-ceho-se-vyvarovat-" + suffix);
            page.locator("#slug").fill("uphill-" + suffix);
            page.locator("#title").fill("Uphill running " + suffix);
            assertThat(page.locator("#slug").inputValue()).isEqualTo("uphill-" + suffix);

            // the live preview beside the text on a wide screen, below it on a phone
            var text = page.locator("#body").boundingBox();
            var preview = page.locator(".preview-box").boundingBox();
            assertThat(preview.x).as("beside").isGreaterThanOrEqualTo(text.x + text.width);
            assertThat(preview.y).as("at the same height").isLessThan(text.y + text.height);
            page.setViewportSize(390, 844);
            text = page.locator("#body").boundingBox();
            preview = page.locator(".preview-box").boundingBox();
            assertThat(preview.y).as("below on a phone").isGreaterThanOrEqualTo(text.y + text.height);
            page.setViewportSize(1280, 900);

            // leaving with unsaved changes asks first
            page.close(new Page.CloseOptions().setRunBeforeUnload(true));
            page.waitForCondition(() -> !dialogs.isEmpty());
            assertThat(dialogs).singleElement().asString().startsWith("beforeunload");
            assertThat(page.isClosed()).as("the editor chose to stay").isFalse();

            page.locator("#lead").fill("Lead");
            page.locator("#body").fill("Body.");
            page.locator("#authorId").selectOption(new SelectOption().setIndex(1));
            page.locator("form.article-form button[type=submit]").click();
            page.waitForURL("**?created&lang=en");
            String editUrl = page.url();

            // a workflow step with unsaved changes asks too; staying keeps the text and takes no step
            dialogs.clear();
            page.locator("#title").click();
            page.locator("#title").pressSequentially(" changed");
            page.locator("form.workflow-submit button").click();
            page.waitForCondition(() -> !dialogs.isEmpty());
            assertThat(dialogs).singleElement().asString().startsWith("confirm: ");
            assertThat(page.url()).isEqualTo(editUrl);
            assertThat(page.locator("#title").inputValue()).isEqualTo("Uphill running " + suffix + " changed");
            assertThat(page.locator("form.workflow-submit").count())
                    .as("still a draft")
                    .isOne();

            // saved, nothing to warn about
            page.locator("form.article-form button[type=submit]").click();
            page.waitForURL("**?saved&lang=en");
            dialogs.clear();
            page.locator("form.workflow-submit button").click();
            page.waitForURL("**?SUBMIT&lang=en");
            page.waitForClose(
                    new Page.WaitForCloseOptions().setTimeout(10_000),
                    () -> page.close(new Page.CloseOptions().setRunBeforeUnload(true)));
            assertThat(dialogs).as("nothing unsaved, no question").isEmpty();
        }
    }

    @Test
    void aPictureIsDroppedIntoTheLibraryAndTheOtherFormsPassAxe() throws Exception {
        TestAccount editor = AccountFixtures.create(accounts, Role.EDITOR);
        String alt = "Stretching on a gym ball " + Long.toString(System.nanoTime(), 36);
        java.nio.file.Path picture = java.nio.file.Files.createTempFile("upload", ".jpg");
        java.nio.file.Files.write(
                picture, MediaUploadIntegrationTests.withExif(MediaUploadIntegrationTests.jpeg(800, 600)));
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            logIn(page, editor);
            page.navigate(url("/admin/media?lang=en"));
            check(page, "media");
            Locator form = page.locator("form.upload-images");
            // A drop on the zone: a DataTransfer with the file, as a browser builds it for a real drop
            var transfer = page.evaluateHandle("() => new DataTransfer()");
            page.evaluate(
                    "([dt, b64]) => { const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));"
                            + " dt.items.add(new File([bytes], 'photo.jpg', {type: 'image/jpeg'})); }",
                    java.util.List.of(
                            transfer,
                            java.util.Base64.getEncoder().encodeToString(java.nio.file.Files.readAllBytes(picture))));
            form.locator(".drop-zone").dispatchEvent("drop", java.util.Map.of("dataTransfer", transfer));
            assertThat(form.locator("input[type=file]").evaluate("i => i.files.length"))
                    .isEqualTo(1);
            form.locator("input[name=altEn]").fill(alt);
            form.locator("input[name=altCs]").fill("Protažení na míči");
            form.locator("input[name=licence]").fill("CC BY 4.0");
            form.locator("input[name=credit]").fill("Clinic");
            form.locator("button[type=submit]").click();
            page.waitForURL("**/admin/media?uploaded=*");
            assertThat(page.locator(".media-grid img[alt='" + alt + "']").count())
                    .isEqualTo(1);
            assertThat(page.locator(".notice").innerText()).contains("stored");

            // The stored picture is offered in the article form and goes into the body as a line
            page.navigate(url("/admin/articles/new?lang=en"));
            page.locator("#body").fill("A picture:\n\n");
            String option = page.locator("#picture-choice option", new Page.LocatorOptions().setHasText(alt))
                    .getAttribute("value");
            page.locator("#picture-choice").selectOption(option);
            page.locator("#insert-picture").click();
            page.locator("#preview .media-figure img[alt='" + alt + "']").waitFor();
            assertThat(page.locator("#body").inputValue()).contains("{{picture " + option + "}}");
            assertThat(page.locator("#preview .media-figure figcaption").innerText())
                    .contains("Clinic, CC BY 4.0");
            assertThat(page.locator("#preview .media-figure img").getAttribute("srcset"))
                    .contains("-480w.jpg 480w");
            check(page, "article-picture-preview");
            page.navigate(url("/admin/media?lang=en"));

            // A refused upload shows its problem in place, next to the field
            page.locator("form.upload-images input[type=file]")
                    .setInputFiles(new com.microsoft.playwright.options.FilePayload(
                            "x.svg",
                            "image/svg+xml",
                            "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".getBytes()));
            for (String field : List.of("altEn", "altCs", "licence", "credit")) {
                page.locator("form.upload-images input[name=" + field + "]").fill("x");
            }
            page.locator("form.upload-images button[type=submit]").click();
            page.locator("#file-images-error").waitFor();
            assertThat(page.locator("#file-images-error").innerText()).contains("SVG is not accepted");
            check(page, "media-refused");

            page.navigate(url("/admin/exercises/new?lang=en"));
            check(page, "exercise-new");
            page.navigate(url("/admin/exercises?lang=en"));
            page.locator("table a").first().click();
            page.locator(".status-bar").waitFor();
            check(page, "exercise-edit");
            page.navigate(url("/admin/videos/new?lang=en"));
            check(page, "video-new");
            page.navigate(url("/admin/taxonomy?lang=en"));
            check(page, "taxonomy");
            page.navigate(url("/admin/care-cards?lang=en"));
            check(page, "care-cards");
            page.navigate(url("/admin/care-cards/cycling-and-lower-back?lang=cs"));
            check(page, "care-card-cs");
            // a refused card: the problem next to its field, in the page that passes axe too
            page.locator("#urgentEn").fill("");
            page.locator("form.stacked-form button[type=submit]").click();
            page.locator("#urgentEn-error").waitFor();
            assertThat(page.locator("#urgentEn").getAttribute("aria-invalid")).isEqualTo("true");
            check(page, "care-card-refused");
            page.navigate(url("/admin?lang=cs"));
            assertThat(page.locator("h1").innerText()).isEqualTo("Redakce");
            check(page, "dashboard-cs");
        }
    }

    private String visitorTitle(BrowserContext context, String slug) {
        try (Page visitor = browser.newPage()) {
            visitor.navigate(url("/en/articles/" + slug));
            return visitor.locator("h1").innerText();
        }
    }

    private BrowserContext newContext() {
        return browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"));
    }

    private void logIn(Page page, TestAccount account) {
        page.navigate(url("/login?lang=en"));
        page.locator("#email").fill(account.email());
        page.locator("#password").fill(AccountFixtures.PASSWORD);
        page.locator("form.stacked-form button[type=submit]").click();
        page.waitForURL("**/en");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** axe-core with the WCAG 2.2 AA tags: no violation at all; no sideways scrolling; screenshots. */
    private static void check(Page page, String name) {
        for (int width : new int[] {1280, 390}) {
            page.setViewportSize(width, width == 390 ? 844 : 900);
            List<Rule> violations =
                    new AxeBuilder(page).withTags(WCAG).analyze().getViolations();
            assertThat(violations.stream()
                            .map(v -> v.getId() + " (" + v.getImpact() + "): "
                                    + v.getNodes().getFirst().getHtml())
                            .toList())
                    .as("%s at %d px", name, width)
                    .isEmpty();
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("%s fits %d px without sideways scrolling", name, width)
                    .isTrue();
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(BrowserSupport.SCREENSHOTS.resolve("editorial-" + name + "-" + width + ".png"))
                    .setFullPage(true));
        }
        page.setViewportSize(1280, 900);
    }
}
