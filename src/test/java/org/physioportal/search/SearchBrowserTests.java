package org.physioportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.physioportal.BrowserSupport;
import org.physioportal.BrowserTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Searching as a reader does, in Chromium: the header box with its suggestions, the results page and its filters. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SearchBrowserTests extends BrowserTest {

    BrowserContext context;
    Page page;

    @BeforeEach
    void page() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    @Test
    void suggestionsAppearWhileTypingAndLeadToThePage() {
        page.navigate(url("/en"));
        page.locator("#site-search-q")
                .pressSequentially(
                        "knee p", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(40));
        var suggestion =
                page.locator("#search-suggestions a", new Page.LocatorOptions().setHasText("Knee pain in runners"));
        suggestion.waitFor();
        page.screenshot(
                new Page.ScreenshotOptions().setPath(BrowserSupport.SCREENSHOTS.resolve("search-suggest-en.png")));
        // keyboard: Tab from the box reaches the button, then the first suggestion
        page.locator("#site-search-q").focus();
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.closest('#search-suggestions') !== null"))
                .isEqualTo(true);
        suggestion.click();
        page.waitForURL("**/en/articles/knee-pain-in-runners");
        assertThat(page.locator("h1").innerText()).startsWith("Knee pain in runners");
    }

    @Test
    void aReaderSearchesNarrowsByFacetAndPages() {
        page.navigate(url("/cs"));
        page.locator("#site-search-q").fill("bolest zad");
        page.keyboard().press("Enter");
        page.waitForURL("**/cs/search?q=**");
        assertThat(page.locator(".result-count").innerText()).contains("bolest zad");
        assertThat(page.locator(".hit mark").count()).isPositive();
        page.locator(".facets a", new Page.LocatorOptions().setHasText("Článek"))
                .click();
        page.waitForURL("**type=article**");
        assertThat(page.locator(".hit .hit-type").allTextContents())
                .isNotEmpty()
                .allMatch("Článek"::equals);
        assertThat(page.locator(".facets a[aria-current=true]").count()).isEqualTo(1);
        screenshots("search-cs");
        page.locator(".facets a", new Page.LocatorOptions().setHasText("Zrušit všechny filtry"))
                .click();
        page.waitForURL(u -> !u.contains("type="));
        assertThat(page.locator(".hit .hit-type").allTextContents()).contains("Cvik");
    }

    @Test
    void theSearchPageFormKeepsTheFiltersWhenTheTextChanges() {
        page.navigate(url("/en/search?q=stretch&type=exercise"));
        page.locator("#search-page-q").fill("ball");
        page.locator("#search-page-q").press("Enter");
        page.waitForURL("**q=ball**");
        assertThat(page.url()).contains("type=exercise");
        assertThat(page.locator(".hit .hit-type").allTextContents())
                .isNotEmpty()
                .allMatch("Exercise"::equals);
        screenshots("search-en");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/en/search",
                "/en/search?q=running",
                "/cs/search?q=bolest%20zad&type=article",
                "/en/search?q=zxqvw",
                "/en/search?q=running&page=10000",
                "/en/search?q=running&region=nowhere"
            })
    void searchPagesHaveNoSeriousAccessibilityViolations(String path) {
        BrowserSupport.assertAccessibleAtBothWidths(page, url(path), path);
    }

    private void screenshots(String name) {
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
