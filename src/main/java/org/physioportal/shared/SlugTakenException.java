package org.physioportal.shared;

/** Another item of the same type already uses this address in this language. */
public class SlugTakenException extends RuntimeException {

    public SlugTakenException(String slug, Lang lang) {
        super("The address '" + slug + "' is already used in " + lang.code());
    }
}
