package org.physioportal.exercises.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.physioportal.BrowserSupport;
import org.physioportal.BrowserTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Narrowing the exercise library in Chromium: with htmx on each change, and as a plain form without JavaScript. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ExerciseLibraryBrowserTests extends BrowserTest {

    BrowserContext context;

    @AfterEach
    void close() {
        context.close();
    }

    Page open(int width, boolean javaScript) {
        context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(width, 900).setJavaScriptEnabled(javaScript));
        return context.newPage();
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 390})
    void eachChoiceNarrowsTheListInPlace(int width) {
        Page page = open(width, true);
        page.navigate(url("/en/exercises"));
        page.selectOption("#filter-region", "lumbar-spine");
        page.waitForURL("**region=lumbar-spine**");
        page.selectOption("#filter-difficulty", "hard");
        page.waitForURL("**difficulty=hard**");
        page.locator("#library .teaser-title").first().waitFor();
        assertThat(page.locator("#library .teaser-title").allInnerTexts()).containsExactly("Crunch on a BOSU");
        assertThat(page.locator("#library .result-count").innerText()).isEqualTo("1 exercise matches these filters");
        assertThat(BrowserSupport.fitsWidth(page)).isTrue();
        assertThat(BrowserSupport.seriousViolations(page)).isEmpty();
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(BrowserSupport.SCREENSHOTS.resolve("exercise-filters-" + width + ".png"))
                .setFullPage(true));
        // the address holds the choices: reloading shows the same
        page.reload();
        assertThat(page.locator("#filter-region").inputValue()).isEqualTo("lumbar-spine");
        assertThat(page.locator("#library .teaser-title").allInnerTexts()).containsExactly("Crunch on a BOSU");
    }

    @Test
    void withoutJavaScriptTheFormIsSubmitted() {
        Page page = open(390, false);
        page.navigate(url("/cs/exercises"));
        page.selectOption("#filter-equipment", "gymnasticky-mic");
        page.locator(".filter-actions button").click();
        page.waitForURL("**equipment=gymnasticky-mic**");
        assertThat(page.locator("#library .teaser-title").allInnerTexts())
                .isNotEmpty()
                .allMatch(title -> title.contains("gymnastick"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/en/exercises?region=lumbar-spine",
                "/cs/exercises?equipment=bosu&difficulty=easy",
                "/en/exercises?region=nowhere"
            })
    void filteredLibraryPagesHaveNoSeriousAccessibilityViolations(String path) {
        BrowserSupport.assertAccessibleAtBothWidths(open(1280, true), url(path), path);
    }
}
