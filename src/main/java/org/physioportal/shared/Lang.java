package org.physioportal.shared;

import java.util.Locale;
import java.util.Optional;

/** The languages the portal publishes in; the first path segment of every public URL. */
public enum Lang {
    EN("en", Locale.ENGLISH),
    CS("cs", Locale.forLanguageTag("cs"));

    private final String code;
    private final Locale locale;

    Lang(String code, Locale locale) {
        this.code = code;
        this.locale = locale;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public Lang other() {
        return this == EN ? CS : EN;
    }

    public static Optional<Lang> fromCode(String code) {
        for (Lang lang : values()) {
            if (lang.code.equals(code)) {
                return Optional.of(lang);
            }
        }
        return Optional.empty();
    }

    /** Parses a path segment; an unknown language is a missing page, not a server error. */
    public static Lang require(String code) {
        return fromCode(code).orElseThrow(() -> new NotFoundException("language " + code));
    }
}
