package org.physioportal.shared;

/** The kinds of published content; the path segment names their listing. */
public enum ContentType {
    ARTICLE("articles"),
    EXERCISE("exercises"),
    VIDEO("videos");

    private final String pathSegment;

    ContentType(String pathSegment) {
        this.pathSegment = pathSegment;
    }

    public String pathSegment() {
        return pathSegment;
    }

    public String url(Lang lang, String slug) {
        return "/" + lang.code() + "/" + pathSegment + "/" + slug;
    }
}
