package org.physioportal.shared;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.ListBlock;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown to safe HTML: commonmark-java renders, the OWASP sanitizer keeps only the tags an article
 * (or, more strictly, a reader comment) may contain. Raw HTML in the source is escaped, never passed
 * through.
 */
public final class Markdown {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    private static final PolicyFactory ARTICLE_POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "h2",
                    "h3",
                    "h4",
                    "ul",
                    "ol",
                    "li",
                    "strong",
                    "em",
                    "blockquote",
                    "code",
                    "pre",
                    "br",
                    "hr",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "th",
                    "td")
            .allowElements("a")
            .allowAttributes("href")
            .onElements("a")
            .allowStandardUrlProtocols()
            .requireRelsOnLinks("noopener")
            .toFactory();

    // Reader comments: paragraphs (always on) and lists are the only block syntax; headings, quotes,
    // code blocks, thematic breaks and HTML blocks stay plain text. Bare URLs become links.
    private static final List<org.commonmark.Extension> COMMENT_EXTENSIONS = List.of(AutolinkExtension.create());
    private static final Parser COMMENT_PARSER = Parser.builder()
            .extensions(COMMENT_EXTENSIONS)
            .enabledBlockTypes(Set.of(ListBlock.class))
            .postProcessor(new ImagesToAltText())
            .build();
    private static final HtmlRenderer COMMENT_RENDERER = HtmlRenderer.builder()
            .extensions(COMMENT_EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
            // A reader pressing Enter expects a new line, as in most comment boxes.
            .softbreak("<br>\n")
            .build();

    private static final PolicyFactory COMMENT_POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "em", "strong", "ul", "ol", "li", "code", "a")
            // commonmark blanks refused link targets; dropping the empty href turns the link into text
            .allowAttributes("href")
            .matching((element, attribute, value) -> value.isBlank() ? null : value)
            .onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("nofollow", "ugc", "noopener")
            .toFactory();

    private static final TextContentRenderer PLAIN_TEXT =
            TextContentRenderer.builder().extensions(EXTENSIONS).build();
    private static final Pattern EMBED_LINE = Pattern.compile("(?m)^\\{\\{[^}\n]*}}\\s*$");

    private Markdown() {}

    /** Renders editor-written Markdown (articles, exercises, videos) to sanitized HTML. */
    public static String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return ARTICLE_POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }

    /**
     * The text of editor-written Markdown without its markup, for the search index: headings, list
     * items and paragraphs become lines; embed lines such as {@code {{figures a b}}} are left out.
     */
    public static String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return PLAIN_TEXT.render(PARSER.parse(EMBED_LINE.matcher(markdown).replaceAll("")));
    }

    /**
     * Renders a reader comment to sanitized HTML. Only a small subset of Markdown is honoured:
     * paragraphs, line breaks (a single Enter is enough), emphasis, strong emphasis, bullet and
     * numbered lists, inline code,
     * {@code [text](url)} links and bare URLs. Everything else (headings, quotes, code blocks,
     * tables, rules, raw HTML) comes out as plain text, and images are reduced to their alt text.
     * Links keep only http, https and mailto (or relative) targets and carry {@code rel="nofollow ugc
     * noopener"}.
     *
     * @param markdown the comment as the reader typed it, may be {@code null}
     * @return safe HTML, or an empty string for {@code null} or blank input
     */
    public static String commentToSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return COMMENT_POLICY.sanitize(COMMENT_RENDERER.render(COMMENT_PARSER.parse(markdown)));
    }
}
