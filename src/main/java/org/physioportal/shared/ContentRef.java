package org.physioportal.shared;

/** A pointer to one language version of one content item. */
public record ContentRef(ContentType type, long id) {}
