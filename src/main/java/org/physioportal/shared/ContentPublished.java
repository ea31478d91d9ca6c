package org.physioportal.shared;

/** Published after an item was saved in the published state (created or changed). */
public record ContentPublished(ContentRef ref, Lang lang) {}
