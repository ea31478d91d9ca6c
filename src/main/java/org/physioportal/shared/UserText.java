package org.physioportal.shared;

import java.text.Normalizer;
import java.util.Optional;

/**
 * Checks and tidies free text typed by readers, such as comment bodies and display names. Any
 * script is welcome (Czech, Arabic, Hebrew, emoji...); what is refused is text that is empty, too
 * short or long, looks like binary data, or uses bidirectional controls to disguise itself.
 */
public final class UserText {

    /** Message key: the text is missing or only whitespace. */
    public static final String EMPTY = "text.empty";
    /** Message key: fewer code points than the minimum. */
    public static final String TOO_SHORT = "text.too-short";
    /** Message key: more code points than the maximum. */
    public static final String TOO_LONG = "text.too-long";
    /** Message key: control characters, replacement characters or broken surrogates. */
    public static final String BINARY = "text.binary";
    /** Message key: bidirectional override, embedding or isolate controls. */
    public static final String DIRECTION = "text.direction";

    private UserText() {}

    /**
     * Tells whether a reader's text is acceptable. Lengths are counted in Unicode code points of the
     * {@linkplain #clean(String) cleaned} text, so a single emoji such as 😀 counts as one.
     *
     * @param text the raw text, may be {@code null}
     * @param minCodePoints the fewest code points allowed; values of 1 or less only refuse empty text
     * @param maxCodePoints the most code points allowed
     * @return the message key of the first problem found, or empty when the text is fine
     */
    public static Optional<String> problem(String text, int minCodePoints, int maxCodePoints) {
        if (text == null || text.isBlank()) {
            return Optional.of(EMPTY);
        }
        if (looksBinary(text)) {
            return Optional.of(BINARY);
        }
        if (hasDirectionControl(text)) {
            return Optional.of(DIRECTION);
        }
        String cleaned = clean(text);
        if (cleaned.isEmpty()) {
            return Optional.of(EMPTY);
        }
        int length = cleaned.codePointCount(0, cleaned.length());
        if (minCodePoints > 1 && length < minCodePoints) {
            return Optional.of(TOO_SHORT);
        }
        if (length > maxCodePoints) {
            return Optional.of(TOO_LONG);
        }
        return Optional.empty();
    }

    /**
     * Returns the text as it should be stored: line endings (CR LF, lone CR, U+2028, U+2029) turned
     * into {@code \n}, composed to Unicode NFC and stripped of leading and trailing whitespace.
     *
     * @param text the raw text, may be {@code null}
     * @return the cleaned text, or an empty string for {@code null}
     */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String unified = text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\u2028', '\n')
                .replace('\u2029', '\n');
        return Normalizer.normalize(unified, Normalizer.Form.NFC).strip();
    }

    /** True for control characters other than tab/CR/LF, U+FFFD, and surrogates without a partner. */
    private static boolean looksBinary(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return true;
            }
            if (Character.isLowSurrogate(c) || c == '\uFFFD') {
                return true;
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return true;
            }
        }
        return false;
    }

    /** True for U+202A–U+202E (embeddings, overrides) and U+2066–U+2069 (isolates). */
    private static boolean hasDirectionControl(String text) {
        return text.chars().anyMatch(c -> (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069));
    }
}
