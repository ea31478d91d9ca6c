package org.physioportal.search.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.physioportal.platform.Pages;
import org.physioportal.search.SearchResults;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.taxonomy.TaxonomyApi;
import org.physioportal.taxonomy.TermKind;
import org.physioportal.taxonomy.TermView;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/** The facet lists beside the results: each value with its count and a link that toggles it. */
final class Facets {

    /** A group of values ("Body region"); the values link to the same search with one value toggled. */
    record Group(String param, String label, List<Option> options) {}

    record Option(String label, long count, boolean selected, String href) {}

    private Facets() {}

    static List<Group> of(SearchForm form, SearchResults results, TaxonomyApi taxonomy, Pages pages) {
        Lang lang = form.query().lang();
        List<Group> groups = new ArrayList<>();
        groups.add(group(
                form,
                SearchForm.TYPE,
                pages.message(lang, "search.facet.type"),
                results.typeCounts(),
                value -> pages.message(lang, "search.type." + value),
                value -> value.toLowerCase(Locale.ROOT)));
        List<TermView> terms = taxonomy.views(results.termCounts().keySet(), lang);
        for (TermKind kind : TermKind.values()) {
            Map<String, Long> counts = new java.util.LinkedHashMap<>();
            Map<String, String> names = new java.util.HashMap<>();
            terms.stream().filter(t -> t.kind() == kind).forEach(t -> {
                counts.put(t.slug(), results.termCounts().get(t.id()));
                names.put(t.slug(), t.name());
            });
            groups.add(group(
                    form,
                    SearchForm.param(kind),
                    pages.message(lang, "search.facet." + SearchForm.param(kind)),
                    counts,
                    names::get,
                    slug -> slug));
        }
        groups.add(group(
                form,
                SearchForm.DIFFICULTY,
                pages.message(lang, "exercise.difficulty"),
                results.difficultyCounts(),
                value -> pages.message(lang, "exercise.difficulty." + value),
                value -> value.toLowerCase(Locale.ROOT)));
        return groups.stream().filter(g -> !g.options().isEmpty()).toList();
    }

    private static Group group(
            SearchForm form,
            String param,
            String label,
            Map<String, Long> counts,
            java.util.function.Function<String, String> name,
            java.util.function.Function<String, String> paramValue) {
        List<String> selected = form.params().getOrDefault(param, List.of());
        List<Option> options = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> {
                    String value = paramValue.apply(e.getKey());
                    return new Option(
                            name.apply(e.getKey()), e.getValue(), selected.contains(value), href(form, param, value));
                })
                .toList();
        return new Group(param, label, options);
    }

    /** The same search with {@code value} of {@code param} switched on or off, from page one. */
    static String href(SearchForm form, String param, String value) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>(form.params());
        List<String> values = new ArrayList<>(params.getOrDefault(param, List.of()));
        if (!values.remove(value)) {
            values.add(value);
        }
        params.remove(param);
        if (!values.isEmpty()) {
            params.put(param, values);
        }
        return link(form.query().lang(), params);
    }

    static String link(Lang lang, MultiValueMap<String, String> params) {
        return UriComponentsBuilder.fromPath("/" + lang.code() + "/search")
                .queryParams(params)
                .encode()
                .build()
                .toUriString();
    }

    static String page(SearchForm form, int page) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>(form.params());
        if (page > 1) {
            params.set(SearchForm.PAGE, Integer.toString(page));
        }
        return link(form.query().lang(), params);
    }

    static String typeName(ContentType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }
}
