package org.physioportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    /** The Markdown subset readers may use in comments. */
    @Nested
    class Comments {

        private static final String REL = "rel=\"nofollow ugc noopener\"";

        private String html(String markdown) {
            return Markdown.commentToSafeHtml(markdown);
        }

        @Test
        void emptyInputGivesEmptyOutput() {
            assertThat(html(null)).isEmpty();
            assertThat(html("")).isEmpty();
            assertThat(html(" \n\t ")).isEmpty();
        }

        @Test
        void rendersParagraphs() {
            assertThat(html("first\n\nsecond")).isEqualTo("<p>first</p>\n<p>second</p>\n");
        }

        @Test
        void rendersSoftAndHardLineBreaks() {
            assertThat(html("one\ntwo")).contains("one<br />").contains("two");
            assertThat(html("one  \ntwo")).contains("one<br />").contains("two");
            assertThat(html("one\\\ntwo")).contains("one<br />").contains("two");
        }

        @Test
        void rendersEmphasisAndStrong() {
            assertThat(html("*soft* _also_ **loud** __too__"))
                    .contains("<em>soft</em>", "<em>also</em>", "<strong>loud</strong>", "<strong>too</strong>");
        }

        @Test
        void rendersBulletLists() {
            assertThat(html("- knee\n- hip\n* ankle")).contains("<ul><li>knee</li><li>hip</li></ul>", "<li>ankle</li>");
        }

        @Test
        void rendersNumberedLists() {
            assertThat(html("1. warm up\n2. stretch")).contains("<ol><li>warm up</li><li>stretch</li></ol>");
        }

        @Test
        void rendersInlineCodeWithItsHtmlEscaped() {
            assertThat(html("type `<b>x</b>` here")).contains("<code>&lt;b&gt;x&lt;/b&gt;</code>");
        }

        @Test
        void rendersLinksWithUgcRel() {
            assertThat(html("[clinic](https://example.org/clinic \"title\")"))
                    .contains("<a href=\"https://example.org/clinic\" " + REL + ">clinic</a>")
                    .doesNotContain("title");
        }

        @Test
        void linksBareUrlsAndEmailAddresses() {
            assertThat(html("see https://example.org/x and www.example.com or write to desk@example.org"))
                    .contains("<a href=\"https://example.org/x\" " + REL + ">")
                    .contains("<a href=\"http://www.example.com\" " + REL + ">")
                    .contains("href=\"mailto:desk&#64;example.org\" " + REL);
        }

        @Test
        void keepsRelativeAndMailtoLinks() {
            assertThat(html("[a](/exercises/1) [b](#top) [c](mailto:desk@example.org)"))
                    .contains("href=\"/exercises/1\"", "href=\"#top\"", "href=\"mailto:desk&#64;example.org\"");
        }

        @Test
        void everyLinkGetsTheRel() {
            String html = html("[a](https://a.example) <https://b.example> https://c.example [d][d]\n\n"
                    + "[d]: https://d.example");
            Matcher anchors = Pattern.compile("<a\\s[^>]*>").matcher(html);
            int count = 0;
            while (anchors.find()) {
                assertThat(anchors.group()).contains(REL);
                count++;
            }
            assertThat(count).isEqualTo(4);
        }

        @Test
        void headingsStayText() {
            assertThat(html("# Title\n\nSub\n===\n\n## Two"))
                    .doesNotContain("<h")
                    .contains("# Title", "## Two");
        }

        @Test
        void blockQuotesStayText() {
            assertThat(html("> quoted")).doesNotContain("<blockquote").contains("&gt; quoted");
        }

        @Test
        void codeBlocksStayText() {
            assertThat(html("    indented\n\n```js\nfenced()\n```\n\n~~~\ntilde\n~~~"))
                    .doesNotContain("<pre")
                    .contains("indented", "fenced()", "tilde");
        }

        @Test
        void tablesStayText() {
            assertThat(html("| a | b |\n|---|---|\n| 1 | 2 |"))
                    .doesNotContain("<table")
                    .contains("| a | b |");
        }

        @Test
        void thematicBreaksStayText() {
            assertThat(html("above\n\n***\n\n___\n\nbelow")).doesNotContain("<hr");
        }

        @Test
        void strikethroughAndTaskSyntaxStayText() {
            assertThat(html("~~gone~~"))
                    .doesNotContain("<del")
                    .doesNotContain("<s>")
                    .contains("~~gone~~");
        }

        @Test
        void imagesBecomeTheirAltText() {
            assertThat(html("before ![a *sore* knee](https://example.org/knee.png) after"))
                    .isEqualTo("<p>before a <em>sore</em> knee after</p>\n");
            assertThat(html("![](https://example.org/empty.png)"))
                    .doesNotContain("<img")
                    .doesNotContain("empty.png");
            assertThat(html("[![logo](https://example.org/l.png)](https://example.org)"))
                    .contains("<a href=\"https://example.org\" " + REL + ">logo</a>")
                    .doesNotContain("<img");
            assertThat(html("![x][pic]\n\n[pic]: https://example.org/p.png")).doesNotContain("<img");
        }

        @Test
        void rawHtmlComesOutAsText() {
            String html = html("<img src=x onerror=alert(1)>\n\nhi <b onclick=alert(1)>there</b>\n\n"
                    + "<script>alert(1)</script>\n\n<!-- note -->");
            assertThat(html)
                    .contains("&lt;img src&#61;x onerror&#61;alert(1)&gt;")
                    .contains("&lt;b onclick&#61;alert(1)&gt;there&lt;/b&gt;")
                    .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                    .contains("&lt;!-- note --&gt;")
                    .doesNotContain("<img")
                    .doesNotContain("<b")
                    .doesNotContain("<script");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "[x](javascript:alert(1))",
                    "[x](JaVaScRiPt:alert(1))",
                    "[x](JAVASCRIPT:alert(1))",
                    "[x](&#106;avascript:alert(1))",
                    "[x](&#x6A;&#x61;vascript:alert(1))",
                    "[x](&#X6a;avascript:alert(1))",
                    "[x](javascript&colon;alert(1))",
                    "[x](javascript&#58;alert(1))",
                    "[x](java&#x09;script:alert(1))",
                    "[x](java&#10;script:alert(1))",
                    "[x](java&Tab;script:alert(1))",
                    "[x](java&NewLine;script:alert(1))",
                    "[x](&#32;javascript:alert(1))",
                    "[x](\njavascript:alert(1))",
                    "[x](<java script:alert(1)>)",
                    "[x](  javascript:alert(1) \"t\")",
                    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                    "[x](DaTa:text/html,<script>alert(1)</script>)",
                    "[x](vbscript:msgbox(1))",
                    "[x](VbScRiPt:msgbox(1))",
                    "[x](vb&#115;cript:msgbox(1))",
                    "<javascript:alert(1)>",
                    "<JavaScript:alert(1)>",
                    "<vbscript:msgbox(1)>",
                    "<data:text/html,x>",
                    "[x][evil]\n\n[evil]: javascript:alert(1)",
                    "[x]\n\n[x]: DATA:text/html,x"
                })
        void dropsDangerousLinks(String markdown) {
            String html = html(markdown);
            assertThat(html).doesNotContain("<a").doesNotContain("href");
            assertThat(html).startsWith("<p>");
        }

        @Test
        void preservesCzechDiacriticsAndEmoji() {
            String text =
                    "Příliš žluťoučký kůň úpěl ďábelské ódy: ěščřžýáíéůú ĚŠČŘŽÝÁÍÉŮÚ \uD83D\uDE00\uD83D\uDC4D\uD83C\uDFFD";
            assertThat(decodeNumericEntities(html(text))).isEqualTo("<p>" + text + "</p>\n");
        }

        /** The sanitizer writes characters outside the BMP as numeric references; browsers show them as is. */
        private static String decodeNumericEntities(String html) {
            return Pattern.compile("&#x([0-9a-fA-F]+);")
                    .matcher(html)
                    .replaceAll(m -> Character.toString(Integer.parseInt(m.group(1), 16)));
        }
    }
}
