package org.physioportal.authors;

import org.physioportal.shared.Lang;

/** An author in one language, for bylines and the profile page. */
public record AuthorView(long id, String key, AuthorKind kind, String name, String role, String bio, Lang lang) {

    public String url() {
        return "/" + lang.code() + "/authors/" + key;
    }
}
