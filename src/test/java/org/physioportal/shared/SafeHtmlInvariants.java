package org.physioportal.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Properties that every piece of HTML produced by {@link Markdown} must have, whatever the input.
 * Written independently of the OWASP sanitizer so that it can catch the sanitizer's own mistakes.
 */
final class SafeHtmlInvariants {

    private static final Pattern DANGEROUS_TAG = Pattern.compile("(?i)<\\s*/?\\s*(script|iframe|img|style)");
    private static final Pattern EVENT_HANDLER = Pattern.compile("(?i)<[^>]*\\son[a-z]+\\s*=");
    private static final Pattern TAG_NAME = Pattern.compile("<\\s*/?\\s*([A-Za-z][A-Za-z0-9]*)");
    private static final Pattern ANCHOR = Pattern.compile("(?i)<a\\b[^>]*>");
    private static final Pattern HREF = Pattern.compile("(?i)\\shref\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]*))");
    private static final Pattern REL = Pattern.compile("(?i)\\srel\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    private static final Pattern ENTITY =
            Pattern.compile("&(?:#[xX]([0-9a-fA-F]{1,8});?|#([0-9]{1,9});?|([A-Za-z]+);)");
    private static final Map<String, String> NAMED = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "colon", ":", "tab", "\t", "newline", "\n",
            "nbsp", "\u00A0");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
    private static final Set<String> COMMENT_TAGS = Set.of("p", "br", "em", "strong", "ul", "ol", "li", "code", "a");

    private SafeHtmlInvariants() {}

    /** Checks the output of {@link Markdown#toSafeHtml(String)}. */
    static void assertSafeArticle(String input, String html) {
        assertCommon(input, html);
    }

    /** Checks the output of {@link Markdown#commentToSafeHtml(String)}: common rules plus the comment subset. */
    static void assertSafeComment(String input, String html) {
        assertCommon(input, html);
        Matcher tags = TAG_NAME.matcher(html);
        while (tags.find()) {
            String name = tags.group(1).toLowerCase(Locale.ROOT);
            check(COMMENT_TAGS.contains(name), "tag <" + name + "> is not allowed in comments", input, html);
        }
        Matcher anchors = ANCHOR.matcher(html);
        while (anchors.find()) {
            Matcher rel = REL.matcher(anchors.group());
            check(rel.find(), "link without rel", input, html);
            Set<String> rels = Set.copyOf(
                    Arrays.asList(rel.group(1).toLowerCase(Locale.ROOT).split("\\s+")));
            check(rels.contains("nofollow") && rels.contains("ugc"), "link rel lacks nofollow ugc", input, html);
        }
    }

    private static void assertCommon(String input, String html) {
        check(html != null, "null output", input, html);
        check(!DANGEROUS_TAG.matcher(html).find(), "script/iframe/img/style tag", input, html);
        check(!EVENT_HANDLER.matcher(html).find(), "on* attribute", input, html);
        Matcher hrefs = HREF.matcher(html);
        while (hrefs.find()) {
            String raw =
                    hrefs.group(1) != null ? hrefs.group(1) : hrefs.group(2) != null ? hrefs.group(2) : hrefs.group(3);
            check(isSafeUrl(raw), "unsafe href " + raw, input, html);
        }
    }

    /**
     * True when the attribute value, decoded once as a browser would and with all whitespace and
     * control characters removed, is relative or uses http, https or mailto.
     */
    static boolean isSafeUrl(String attributeValue) {
        String url = squeeze(decodeEntities(attributeValue)).toLowerCase(Locale.ROOT);
        if (url.startsWith("javascript:") || url.startsWith("data:") || url.startsWith("vbscript:")) {
            return false;
        }
        Matcher scheme = SCHEME.matcher(url);
        return !scheme.find() || SAFE_SCHEMES.contains(scheme.group(1));
    }

    /** Decodes numeric character references (with or without ';') and a few named ones, in one pass. */
    static String decodeEntities(String value) {
        return ENTITY.matcher(value).replaceAll(m -> Matcher.quoteReplacement(decodeOne(m)));
    }

    private static String decodeOne(MatchResult m) {
        if (m.group(3) != null) {
            return NAMED.getOrDefault(m.group(3).toLowerCase(Locale.ROOT), m.group());
        }
        long code = m.group(1) != null ? Long.parseLong(m.group(1), 16) : Long.parseLong(m.group(2));
        return code > 0 && code <= Character.MAX_CODE_POINT ? Character.toString((int) code) : "\uFFFD";
    }

    /** Removes every whitespace, control and invisible formatting character. */
    private static String squeeze(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints()
                .filter(c -> !Character.isWhitespace(c)
                        && !Character.isSpaceChar(c)
                        && !Character.isISOControl(c)
                        && Character.getType(c) != Character.FORMAT)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static void check(boolean ok, String problem, String input, String html) {
        if (!ok) {
            throw new AssertionError(problem + "\n--- input ---\n" + input + "\n--- html ---\n" + html);
        }
    }
}
