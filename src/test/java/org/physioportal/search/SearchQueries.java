package org.physioportal.search;

import java.util.Map;
import java.util.Set;
import org.physioportal.shared.Lang;

/** Builds search queries in tests. */
final class SearchQueries {

    private SearchQueries() {}

    static SearchQuery text(Lang lang, String text) {
        return new SearchQuery(lang, text, Set.of(), Map.of(), Set.of(), 1);
    }
}
