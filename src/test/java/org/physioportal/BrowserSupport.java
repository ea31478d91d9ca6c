package org.physioportal;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
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
}
