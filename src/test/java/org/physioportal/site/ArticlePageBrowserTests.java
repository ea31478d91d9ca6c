package org.physioportal.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.physioportal.BrowserSupport;
import org.physioportal.BrowserTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The article page as a reader uses it, in real Chromium, in both languages, on a desktop and a phone. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ArticlePageBrowserTests extends BrowserTest {

    static final List<String> EN_BLOCKS = List.of(
            "Exercise tutorials",
            "Other related articles",
            "Comments",
            "Exercises that might interest you",
            "Videos that might interest you",
            "What might interest you");
    static final List<String> CS_BLOCKS = List.of(
            "Návody ke cvičení",
            "Další související články",
            "Komentáře",
            "Cviky, které by vás mohly zajímat",
            "Videa, která by vás mohla zajímat",
            "Mohlo by vás zajímat");

    BrowserContext context;
    Page page;

    @BeforeEach
    void page() {
        context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"));
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    @Test
    void englishAndCzechArticlesShowEveryBlockWithWorkingLinks() {
        page.navigate(url(PortalIntegrationTests.ARTICLE));
        assertBlocks(EN_BLOCKS);
        assertThat(page.locator(".prose figure.exercise-figure img").count()).isGreaterThanOrEqualTo(5);
        assertLinksWork();
        screenshots("article-en");

        page.locator("a.lang-switch").click();
        page.waitForURL("**/cs/articles/**");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("cs");
        assertBlocks(CS_BLOCKS);
        assertLinksWork();
        screenshots("article-cs");
    }

    @Test
    void theCareCardStaysInViewBesideTheTextOnADesktop() {
        page.navigate(url(PortalIntegrationTests.ARTICLE));
        var card = page.locator("aside .care-card");
        assertThat(card.isVisible()).isTrue();
        page.evaluate("window.scrollTo(0, document.body.scrollHeight / 2)");
        page.waitForTimeout(100);
        var box = card.boundingBox();
        // halfway down the article the side column, with the card, is still in the window
        assertThat(box.y + box.height).isLessThanOrEqualTo(900 + 1);
        assertThat(box.y).isGreaterThanOrEqualTo(-1);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(BrowserSupport.SCREENSHOTS.resolve("article-care-card-desktop.png")));
    }

    @Test
    void figureLeadsToItsExercise() {
        page.navigate(url(PortalIntegrationTests.ARTICLE));
        var figure = page.locator(".prose a.figure-link").first();
        String name = figure.locator("figcaption").innerText();
        figure.click();
        page.waitForURL("**/en/exercises/**");
        assertThat(page.locator("h1").innerText()).isEqualTo(name);
        assertThat(page.locator("main").innerText()).contains("Goal of the exercise");
    }

    @Test
    void videoPlaysFromARangeRequest() {
        page.navigate(url("/en/videos/gym-ball-back-thigh-stretch"));
        String src = page.locator("video source").getAttribute("src");
        var response = page.request().get(url(src), RequestOptions.create().setHeader("Range", "bytes=0-1023"));
        assertThat(response.status()).isEqualTo(206);
        assertThat(response.body()).hasSize(1024);
        assertThat(response.headers().get("content-type")).isEqualTo("video/mp4");
        Object duration = page.locator("video")
                .evaluate(
                        "v => new Promise(r => v.readyState >= 1 ? r(v.duration) : v.addEventListener('loadedmetadata', () => r(v.duration)))");
        assertThat(((Number) duration).doubleValue()).isGreaterThan(5);
        screenshots("video-en");
    }

    @Test
    void keyboardUserCanSkipToTheContent() {
        page.navigate(url(PortalIntegrationTests.ARTICLE));
        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.className")).isEqualTo("skip-link");
        page.keyboard().press("Enter");
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("main");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/en",
                "/cs",
                "/en/articles",
                "/en/articles/running-and-lower-back-pain",
                "/en/exercises",
                "/en/exercises/forearm-plank",
                "/en/videos/gym-ball-back-thigh-stretch",
                "/en/videos/lower-back-hip-thigh-stretch",
                "/en/topics",
                "/en/topics/lumbar-spine",
                "/en/authors/clinic",
                "/en/articles/no-such-page"
            })
    void pageTypesHaveNoSeriousAccessibilityViolations(String path) {
        BrowserSupport.assertAccessibleAtBothWidths(page, url(path), path);
    }

    private void assertBlocks(List<String> headings) {
        for (String heading : headings) {
            var h2 = page.locator("h2", new Page.LocatorOptions().setHasText(heading))
                    .first();
            assertThat(h2.isVisible()).as(heading).isTrue();
        }
        assertThat(page.locator(".suggest .teaser").count()).isGreaterThanOrEqualTo(6);
        assertThat(page.locator(".comments .comment").count()).isGreaterThan(0);
    }

    /** Every link in the content answers 200 (external ones are not followed on this offline machine). */
    private void assertLinksWork() {
        Set<String> hrefs = new LinkedHashSet<>();
        for (Object href :
                (List<?>) page.evaluate("Array.from(document.querySelectorAll('main a[href]')).map(a => a.href)")) {
            hrefs.add(href.toString());
        }
        assertThat(hrefs).hasSizeGreaterThan(15);
        for (String href : hrefs) {
            if (href.startsWith(url(""))) {
                assertThat(page.request().get(href).status()).as(href).isEqualTo(200);
            }
        }
    }

    private void screenshots(String name) {
        page.setViewportSize(1280, 900);
        page.evaluate("async () => { document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager');"
                + " await Promise.all(Array.from(document.images).map(i => i.complete ? null"
                + " : new Promise(r => { i.onload = r; i.onerror = r; }))); }");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(BrowserSupport.SCREENSHOTS.resolve(name + "-desktop.png"))
                .setFullPage(true));
        page.setViewportSize(390, 844);
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(BrowserSupport.SCREENSHOTS.resolve(name + "-phone.png"))
                .setFullPage(true));
        page.setViewportSize(1280, 900);
    }
}
