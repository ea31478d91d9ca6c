package org.physioportal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes both Markdown renderers. In a normal test run Jazzer only replays the saved inputs under
 * {@code src/test/resources/org/physioportal/shared/MarkdownFuzzTestsInputs/rendersOnlySafeHtml};
 * with {@code JAZZER_FUZZ=1} it generates new inputs for up to a minute.
 */
class MarkdownFuzzTests {

    @FuzzTest(maxDuration = "60s")
    void rendersOnlySafeHtml(@NotNull @WithUtf8Length(max = 4096) String markdown) {
        SafeHtmlInvariants.assertSafeArticle(markdown, Markdown.toSafeHtml(markdown));
        SafeHtmlInvariants.assertSafeComment(markdown, Markdown.commentToSafeHtml(markdown));
    }

    @Test
    void everyPayloadOfTheXssCorpusRendersSafely() throws IOException {
        List<String> payloads = xssPayloads();
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(70);
        for (String payload : payloads) {
            rendersOnlySafeHtml(payload);
        }
        // Joined, so that multi-line constructs such as reference definitions take effect too.
        rendersOnlySafeHtml(String.join("\n", payloads));
        rendersOnlySafeHtml(String.join("\n\n", payloads));
    }

    @Test
    void theUrlCheckItselfRecognisesDisguisedSchemes() {
        assertThat(SafeHtmlInvariants.isSafeUrl("https://example.org/a?b&amp;c"))
                .isTrue();
        assertThat(SafeHtmlInvariants.isSafeUrl("/relative:path")).isTrue();
        assertThat(SafeHtmlInvariants.isSafeUrl("#top")).isTrue();
        assertThat(SafeHtmlInvariants.isSafeUrl("java&#x0A;script:alert(1)")).isFalse();
        assertThat(SafeHtmlInvariants.isSafeUrl(" &#106avascript&colon;alert(1)"))
                .isFalse();
        assertThat(SafeHtmlInvariants.isSafeUrl("\u0001DATA:text/html,x")).isFalse();
        assertThat(SafeHtmlInvariants.isSafeUrl("vb\tscript:msgbox(1)")).isFalse();
        assertThat(SafeHtmlInvariants.isSafeUrl("ftp://example.org")).isFalse();
    }

    @Test
    void theInvariantsCatchUnsafeHtml() {
        assertThatThrownBy(() -> SafeHtmlInvariants.assertSafeArticle("", "<p><IMG src=x></p>"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> SafeHtmlInvariants.assertSafeArticle("", "<p title=\"x\" onclick=\"y\">z</p>"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> SafeHtmlInvariants.assertSafeArticle("", "<a href=\"&#x6a;avascript:x\">z</a>"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> SafeHtmlInvariants.assertSafeComment("", "<a href=\"/x\" rel=\"noopener\">z</a>"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> SafeHtmlInvariants.assertSafeComment("", "<h2>title</h2>"))
                .isInstanceOf(AssertionError.class);
    }

    /** The payloads of {@code src/test/resources/xss/payloads.txt}, without comment lines. */
    static List<String> xssPayloads() throws IOException {
        try (InputStream in = MarkdownFuzzTests.class.getResourceAsStream("/xss/payloads.txt")) {
            assertThat(in).as("xss/payloads.txt on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.startsWith("#"))
                    .toList();
        }
    }
}
