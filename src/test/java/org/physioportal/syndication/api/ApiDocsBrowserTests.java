package org.physioportal.syndication.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.physioportal.BrowserTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The browsable API page in real Chromium: Swagger UI runs under our Content-Security-Policy. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ApiDocsBrowserTests extends BrowserTest {

    @Test
    void swaggerUiShowsEveryOperationWithoutACspViolation() {
        try (var context = browser.newContext()) {
            Page page = context.newPage();
            List<String> errors = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type())) {
                    errors.add(m.text());
                }
            });
            page.onPageError(errors::add);
            page.navigate(url("/api"));
            // springdoc builds the description on its first request (seconds on a busy machine)
            try {
                page.waitForSelector(".opblock", new Page.WaitForSelectorOptions().setTimeout(120_000));
            } catch (com.microsoft.playwright.TimeoutError e) {
                throw new AssertionError("Swagger UI showed no operation; console: " + errors, e);
            }
            List<String> operations = page.locator(".opblock-summary-path").allTextContents();
            assertThat(String.join(" ", operations))
                    .contains("/api/v1/exercises")
                    .contains("/api/v1/articles")
                    .contains("/oembed");
            assertThat(errors).noneMatch(e -> e.contains("Content Security Policy") && e.contains("script"));
            assertThat(errors).noneMatch(e -> e.contains("Refused to execute"));
        }
    }
}
