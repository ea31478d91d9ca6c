package org.physioportal.search.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.physioportal.search.SearchQuery;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.shared.PageParams;
import org.physioportal.taxonomy.TaxonomyApi;
import org.physioportal.taxonomy.TermKind;
import org.physioportal.taxonomy.TermView;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The search page's address read leniently: any text is accepted (cut to {@link
 * SearchQuery#MAX_TEXT} characters), facet values that mean nothing are dropped with a notice, and
 * the page number is clamped. {@code params} keeps only what was understood, in a stable order, so
 * facet links built from it are canonical.
 */
record SearchForm(SearchQuery query, MultiValueMap<String, String> params, List<String> notices) {

    static final String TEXT = "q";
    static final String TYPE = "type";
    static final String DIFFICULTY = "difficulty";
    static final String PAGE = "page";
    /** {@code exact=1}: the words as typed, no near misses (the link under "Showing results for"). */
    static final String EXACT = "exact";

    static final Set<String> DIFFICULTIES = Set.of("easy", "medium", "hard");

    static String param(TermKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    static SearchForm read(Lang lang, MultiValueMap<String, String> raw, TaxonomyApi taxonomy) {
        List<String> notices = new ArrayList<>();
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        String text = raw.getFirst(TEXT) == null ? "" : raw.getFirst(TEXT).strip();
        if (text.codePointCount(0, text.length()) > SearchQuery.MAX_TEXT) {
            text = text.substring(0, text.offsetByCodePoints(0, SearchQuery.MAX_TEXT));
            notices.add("search.notice.shortened");
        }
        if (!text.isEmpty()) {
            params.add(TEXT, text);
        }
        Set<ContentType> types = new LinkedHashSet<>();
        for (String value : values(raw, TYPE)) {
            ContentType type = typeOf(value);
            if (type == null) {
                notices.add("search.notice.unknown");
            } else if (types.add(type)) {
                params.add(TYPE, value);
            }
        }
        Map<TermKind, Set<Long>> terms = new EnumMap<>(TermKind.class);
        for (TermKind kind : TermKind.values()) {
            for (String slug : values(raw, param(kind))) {
                TermView term = taxonomy.findBySlug(lang, slug)
                        .filter(t -> t.kind() == kind)
                        .orElse(null);
                if (term == null) {
                    notices.add("search.notice.unknown");
                } else if (terms.computeIfAbsent(kind, k -> new HashSet<>()).add(term.id())) {
                    params.add(param(kind), slug);
                }
            }
        }
        Set<String> difficulties = new LinkedHashSet<>();
        for (String value : values(raw, DIFFICULTY)) {
            if (!DIFFICULTIES.contains(value)) {
                notices.add("search.notice.unknown");
            } else if (difficulties.add(value.toUpperCase(Locale.ROOT))) {
                params.add(DIFFICULTY, value);
            }
        }
        boolean exact = "1".equals(raw.getFirst(EXACT));
        if (exact) {
            params.add(EXACT, "1");
        } else if (raw.containsKey(EXACT)) {
            notices.add("search.notice.unknown");
        }
        int page = PageParams.of(pageNumber(raw.getFirst(PAGE)), null).page();
        return new SearchForm(
                new SearchQuery(lang, text, types, terms, difficulties, page, exact),
                params,
                notices.stream().distinct().toList());
    }

    static ContentType typeOf(String value) {
        for (ContentType type : ContentType.values()) {
            if (type.name().toLowerCase(Locale.ROOT).equals(value)) {
                return type;
            }
        }
        return null;
    }

    private static List<String> values(MultiValueMap<String, String> raw, String name) {
        List<String> values = raw.get(name);
        return values == null
                ? List.of()
                : values.stream()
                        .map(String::strip)
                        .filter(v -> !v.isEmpty())
                        .limit(20)
                        .toList();
    }

    private static Integer pageNumber(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
