package org.physioportal.search;

import java.util.Map;
import java.util.Set;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.taxonomy.TermKind;

/**
 * One search: free text (may be blank when the reader only browses by facets), the chosen facet
 * values and the page. Terms are chosen per kind: values of one kind widen the result (or), kinds
 * narrow it (and); a chosen term also finds content filed under its narrower terms. An {@code
 * exact} search takes the words as typed only, never their near misses.
 */
public record SearchQuery(
        Lang lang,
        String text,
        Set<ContentType> types,
        Map<TermKind, Set<Long>> terms,
        Set<String> difficulties,
        int page,
        boolean exact) {

    public static final int PAGE_SIZE = 10;

    /** Longer input is cut here: nobody types more, and it keeps every query cheap. */
    public static final int MAX_TEXT = 200;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        types = Set.copyOf(types);
        terms = Map.copyOf(terms);
        difficulties = Set.copyOf(difficulties);
    }

    /** A search without near misses ({@code exact}: the words as typed only). */
    public SearchQuery(
            Lang lang,
            String text,
            Set<ContentType> types,
            Map<TermKind, Set<Long>> terms,
            Set<String> difficulties,
            int page) {
        this(lang, text, types, terms, difficulties, page, false);
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    public boolean hasFilters() {
        return !types.isEmpty() || !terms.isEmpty() || !difficulties.isEmpty();
    }

    public SearchQuery inLanguage(Lang other) {
        return new SearchQuery(other, text, types, Map.of(), difficulties, 1, exact);
    }
}
