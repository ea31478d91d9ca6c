package org.physioportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTests {

    @Test
    void rendersTheArticleSubset() {
        String html =
                Markdown.toSafeHtml("## Warm up\n\nRun **slowly**, then:\n\n- stretch\n- [rest](https://example.org)");
        assertThat(html)
                .contains("<h2>Warm up</h2>")
                .contains("<strong>slowly</strong>")
                .contains("<li>stretch</li>")
                .contains("href=\"https://example.org\"");
    }

    @Test
    void neverPassesScriptOrEventHandlersThrough() {
        String html = Markdown.toSafeHtml("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n"
                + "[x](javascript:alert(1)) <a href=\"#\" onclick=\"alert(1)\">y</a>");
        assertThat(html)
                .doesNotContain("<script")
                .doesNotContain("onerror=")
                .doesNotContain("onclick=")
                .doesNotContain("javascript:");
    }

    @Test
    void emptyInputGivesEmptyOutput() {
        assertThat(Markdown.toSafeHtml(null)).isEmpty();
        assertThat(Markdown.toSafeHtml("  ")).isEmpty();
    }
}
