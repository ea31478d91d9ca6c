package org.physioportal.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.physioportal.BrowserTest;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountFixtures.TestAccount;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every public page type in both languages, for an anonymous reader and for a logged-in member (who
 * also posts a comment with htmx), in real Chromium: no console error, no uncaught exception, no
 * request that fails or answers 4xx/5xx (a stylesheet, script, picture or font that is missing). A
 * video's range request that Chromium's player cancels itself once it has read enough is not a failure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ConsoleErrorsBrowserTests extends BrowserTest {

    @Autowired
    AccountsApi accounts;

    /** What went wrong on the pages so far, each line naming its page. */
    final List<String> problems = new ArrayList<>();

    String current = "";

    @Test
    void noPageLogsAnErrorOrLosesARequestInEitherLanguage() {
        try (BrowserContext anonymous = newContext()) {
            Page page = watched(anonymous);
            visitEveryPageType(page);
        }
        TestAccount member = AccountFixtures.create(accounts, Role.MEMBER);
        try (BrowserContext signedIn = newContext()) {
            Page page = watched(signedIn);
            visit(page, "/login?lang=en");
            page.locator("#email").fill(member.email());
            page.locator("#password").fill(AccountFixtures.PASSWORD);
            page.locator("form.stacked-form button[type=submit]").click();
            page.waitForURL("**/en");
            visitEveryPageType(page);
            visit(page, "/account?lang=en");
            visit(page, "/account?lang=cs");
            visit(page, ResponsiveLayoutBrowserTests.CONTENT_PAGES.get("article"));
            page.locator("#comment-body").fill("Thank you, the plank helps " + System.nanoTime());
            page.locator("form.comment-form button[type=submit]").click();
            page.locator("#comment-notice").waitFor();
        }
        assertThat(problems).isEmpty();
    }

    private void visitEveryPageType(Page page) {
        for (String path : ResponsiveLayoutBrowserTests.CONTENT_PAGES.values()) {
            visit(page, path);
            visit(page, page.locator("a.lang-switch").first().getAttribute("href"));
        }
        visit(page, "/en/search?q=back+pain");
        visit(page, "/cs/search?q=bolest+zad");
        visit(page, "/en/search?q=qqxzzv");
        for (String lang : List.of("en", "cs")) {
            visit(page, "/login?lang=" + lang);
            visit(page, "/register?lang=" + lang);
        }
    }

    private void visit(Page page, String path) {
        current = path;
        var response = page.navigate(url(path));
        if (response == null || response.status() != 200) {
            problems.add(path + ": status " + (response == null ? "none" : response.status()));
        }
        page.evaluate("async () => { document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager');"
                + " await Promise.all(Array.from(document.images).map(i => i.complete ? null"
                + " : new Promise(r => { i.onload = r; i.onerror = r; }))); }");
        page.waitForLoadState();
    }

    /** A page whose console, exceptions and requests all report to {@link #problems}. */
    private Page watched(BrowserContext context) {
        Page page = context.newPage();
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                problems.add(current + " console error: " + m.text());
            }
        });
        page.onPageError(e -> problems.add(current + " uncaught: " + e));
        page.onRequestFailed(r -> {
            // Chromium's media player cancels its own range requests once it has what it needs
            boolean mediaCancelled = "media".equals(r.resourceType()) && "net::ERR_ABORTED".equals(r.failure());
            if (!mediaCancelled) {
                problems.add(current + " request failed: " + r.url() + " " + r.failure());
            }
        });
        page.onResponse(r -> {
            if (r.status() >= 400) {
                problems.add(current + " answered " + r.status() + ": " + r.url());
            }
        });
        return page;
    }

    private BrowserContext newContext() {
        return browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 800).setLocale("en-GB"));
    }
}
