package org.physioportal.accounts.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Decides whether a new password is acceptable: 8 to 128 Unicode code points after NFKC
 * normalization, not one of the 100,000 most common passwords (case-insensitive) and not a single
 * character repeated. Any character is allowed, including spaces, accented letters and emoji.
 */
@Component
public final class PasswordPolicy {

    /** Message key for a password that is too short or too long. */
    public static final String TOO_SHORT_OR_LONG = "password.length";

    /** Message key for a password that is too easy to guess. */
    public static final String TOO_COMMON = "password.common";

    static final int MIN_CODE_POINTS = 8;
    static final int MAX_CODE_POINTS = 128;
    static final String LIST_RESOURCE = "dictionaries/passwords.txt";
    static final int MIN_LIST_ENTRIES = 10_000;

    private final Set<String> common;

    /** Loads the bundled common-password list once; fails fast if it is missing or truncated. */
    public PasswordPolicy() {
        this.common = loadCommon();
    }

    /**
     * Checks a candidate password.
     *
     * @param password the password as typed; {@code null} counts as empty
     * @return the message key of the first problem found, or empty when the password is acceptable
     */
    public Optional<String> problem(String password) {
        String normalized = password == null ? "" : normalize(password);
        if (!hasAllowedLength(normalized)) {
            return Optional.of(TOO_SHORT_OR_LONG);
        }
        String lowered = normalized.toLowerCase(Locale.ROOT);
        if (common.contains(lowered) || isOneCharacterRepeated(lowered)) {
            return Optional.of(TOO_COMMON);
        }
        return Optional.empty();
    }

    /** Returns how many common passwords long enough to pass the length rule are loaded. */
    public int listSize() {
        return common.size();
    }

    /**
     * Applies Unicode NFKC normalization, so that look-alike spellings of the same text (composed or
     * decomposed accents, full-width letters) are treated as one password.
     *
     * @param raw the text as typed, not {@code null}
     * @return the normalized text
     */
    public static String normalize(String raw) {
        return Normalizer.normalize(raw, Normalizer.Form.NFKC);
    }

    private static boolean hasAllowedLength(String text) {
        int codePoints = text.codePointCount(0, text.length());
        return codePoints >= MIN_CODE_POINTS && codePoints <= MAX_CODE_POINTS;
    }

    private static boolean isOneCharacterRepeated(String text) {
        return text.codePoints().distinct().limit(2).count() == 1;
    }

    private static Set<String> loadCommon() {
        InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(LIST_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Common-password list " + LIST_RESOURCE
                    + " is not on the classpath (it ships in the me.gosimple:nbvcxz jar)");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return readEntries(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + LIST_RESOURCE, e);
        }
    }

    private static Set<String> readEntries(BufferedReader reader) throws IOException {
        Set<String> usable = new HashSet<>();
        int entries = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            entries++;
            String entry = normalize(line.strip()).toLowerCase(Locale.ROOT);
            if (hasAllowedLength(entry)) {
                usable.add(entry);
            }
        }
        if (entries < MIN_LIST_ENTRIES) {
            throw new IllegalStateException("Common-password list " + LIST_RESOURCE + " has only " + entries
                    + " entries, expected at least " + MIN_LIST_ENTRIES);
        }
        return usable;
    }
}
