package org.physioportal.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.physioportal.BrowserSupport;
import org.physioportal.BrowserTest;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountFixtures.TestAccount;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every public page type in both languages at five widths, from a small phone to a desktop, in real
 * Chromium: no page scrolls sideways, no page logs a console error, axe-core finds nothing serious at
 * the phone and desktop widths. Full-page screenshots go to {@code target/screenshots/layout/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ResponsiveLayoutBrowserTests extends BrowserTest {

    static final int[] WIDTHS = {320, 390, 768, 1024, 1280};
    static final int[] AXE_WIDTHS = {390, 1280};

    /** English page types whose Czech versions are reached through the language switch. */
    static final Map<String, String> CONTENT_PAGES = new LinkedHashMap<>();

    static {
        CONTENT_PAGES.put("home", "/en");
        CONTENT_PAGES.put("article", "/en/articles/running-and-lower-back-pain");
        CONTENT_PAGES.put("article-list", "/en/articles");
        CONTENT_PAGES.put("exercise", "/en/exercises/forearm-plank");
        CONTENT_PAGES.put("exercise-list", "/en/exercises");
        CONTENT_PAGES.put("video", "/en/videos/gym-ball-back-thigh-stretch");
        CONTENT_PAGES.put("video-list", "/en/videos");
        CONTENT_PAGES.put("topic", "/en/topics/lumbar-spine");
        CONTENT_PAGES.put("topics", "/en/topics");
        CONTENT_PAGES.put("author", "/en/authors/clinic");
    }

    @Autowired
    AccountsApi accounts;

    /** Console errors and uncaught exceptions of the page being checked. */
    final List<String> consoleErrors = new ArrayList<>();

    @Test
    void everyPageTypeFitsEveryWidthInBothLanguages() {
        List<String> problems = new ArrayList<>();
        try (BrowserContext anonymous = newContext()) {
            Page page = newPage(anonymous);
            for (var entry : CONTENT_PAGES.entrySet()) {
                check(page, entry.getValue(), entry.getKey() + "-en", problems);
                String czech = page.locator("a.lang-switch").first().getAttribute("href");
                check(page, czech, entry.getKey() + "-cs", problems);
            }
            check(page, "/en/search?q=back+pain", "search-en", problems);
            check(page, "/cs/search?q=bolest+zad", "search-cs", problems);
            check(page, "/en/search?q=qqxzzv", "search-none-en", problems);
            check(page, "/cs/search?q=qqxzzv", "search-none-cs", problems);
            for (String lang : List.of("en", "cs")) {
                check(page, "/login?lang=" + lang, "login-" + lang, problems);
                check(page, "/register?lang=" + lang, "register-" + lang, problems);
            }
        }
        TestAccount member = AccountFixtures.create(accounts, Role.MEMBER);
        try (BrowserContext signedIn = newContext()) {
            Page page = newPage(signedIn);
            page.navigate(url("/login?lang=en"));
            page.locator("#email").fill(member.email());
            page.locator("#password").fill(AccountFixtures.PASSWORD);
            page.locator("form.stacked-form button[type=submit]").click();
            page.waitForURL("**/en");
            check(page, "/account?lang=en", "account-en", problems);
            check(page, "/account?lang=cs", "account-cs", problems);
        }
        assertThat(problems)
                .as("pages at %s px", java.util.Arrays.toString(WIDTHS))
                .isEmpty();
    }

    /** Opens the page once, then narrows and widens the window through every width. */
    private void check(Page page, String path, String name, List<String> problems) {
        consoleErrors.clear();
        page.setViewportSize(WIDTHS[0], 800);
        var response = page.navigate(url(path));
        if (response == null || response.status() != 200) {
            problems.add(name + " " + path + ": status " + (response == null ? "none" : response.status()));
        }
        loadImages(page);
        for (int width : WIDTHS) {
            page.setViewportSize(width, 800);
            if (!BrowserSupport.fitsWidth(page)) {
                problems.add(name + " scrolls sideways at " + width + " px: " + widest(page));
            }
            if (width == AXE_WIDTHS[0] || width == AXE_WIDTHS[1]) {
                BrowserSupport.seriousViolations(page).forEach(v -> problems.add(name + " at " + width + " px: " + v));
            }
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(BrowserSupport.SCREENSHOTS.resolve("layout").resolve(name + "-" + width + ".png"))
                    .setFullPage(true));
        }
        consoleErrors.forEach(e -> problems.add(name + " console error: " + e));
    }

    private static void loadImages(Page page) {
        page.evaluate("async () => { document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager');"
                + " await Promise.all(Array.from(document.images).map(i => i.complete ? null"
                + " : new Promise(r => { i.onload = r; i.onerror = r; }))); }");
    }

    /** The elements that reach past the window's right edge, narrowest first, to say what to fix. */
    private static Object widest(Page page) {
        return page.evaluate("""
                () => Array.from(document.querySelectorAll('body *'))
                  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
                  .sort((a, b) => a.getBoundingClientRect().width - b.getBoundingClientRect().width)
                  .slice(0, 3)
                  .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : '')
                    + ' right=' + Math.round(e.getBoundingClientRect().right) + ' "' + (e.textContent || '').trim().slice(0, 40) + '"')
                  .join(' | ')
                """);
    }

    private Page newPage(BrowserContext context) {
        Page page = context.newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                consoleErrors.add(m.text());
            }
        });
        page.onPageError(consoleErrors::add);
        return page;
    }

    private BrowserContext newContext() {
        return browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("en-GB"));
    }
}
