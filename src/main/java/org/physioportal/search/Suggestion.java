package org.physioportal.search;

import org.physioportal.shared.ContentType;

/** A title offered under the search box while the reader types. */
public record Suggestion(ContentType type, String title, String url) {}
