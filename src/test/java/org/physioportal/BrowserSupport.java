package org.physioportal;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium driven by Playwright for Java (no browser download). Skipped on a developer's
 * machine without Chromium; CI installs it and fails when it is missing.
 */
public final class BrowserSupport {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private BrowserSupport() {}

    public static Browser launch(Playwright playwright) {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("CI needs Debian chromium at " + CHROMIUM);
            }
            Assumptions.abort("No Chromium at " + CHROMIUM);
        }
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    /** The WCAG 2.x A and AA rules axe-core checks. */
    public static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    /** axe-core's serious and critical WCAG A/AA findings on the page, one line each. */
    public static List<String> seriousViolations(Page page) {
        return new AxeBuilder(page)
                .withTags(WCAG_AA).analyze().getViolations().stream()
                        .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                        .map(v -> v.getId() + " (" + v.getImpact() + "): "
                                + v.getNodes().getFirst().getHtml())
                        .toList();
    }

    /** Whether the page fits the viewport's width without scrolling sideways. */
    public static boolean fitsWidth(Page page) {
        return (Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth");
    }

    /**
     * Opens {@code url} at a desktop (1280 px) and a phone (390 px) width and asserts that axe finds
     * no serious or critical violation and that the page needs no sideways scrolling.
     */
    public static void assertAccessibleAtBothWidths(Page page, String url, String label) {
        for (int width : new int[] {1280, 390}) {
            page.setViewportSize(width, 900);
            page.navigate(url);
            assertThat(seriousViolations(page)).as("%s at %d px", label, width).isEmpty();
            assertThat(fitsWidth(page))
                    .as("%s fits %d px without sideways scrolling", label, width)
                    .isTrue();
        }
    }
}
