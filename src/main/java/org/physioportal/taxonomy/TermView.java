package org.physioportal.taxonomy;

import org.physioportal.shared.Lang;

/** One term in one language, as pages show it. */
public record TermView(
        long id, String key, TermKind kind, Long parentId, Lang lang, String slug, String name, String description) {

    public String url() {
        return "/" + lang.code() + "/topics/" + slug;
    }
}
