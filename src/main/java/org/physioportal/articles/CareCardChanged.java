package org.physioportal.articles;

import org.physioportal.shared.Lang;

/**
 * An article's care card was saved or removed in one language (its translation group's). The page
 * cache listens: the card is part of the article's page.
 */
public record CareCardChanged(String groupKey, Lang lang) {}
