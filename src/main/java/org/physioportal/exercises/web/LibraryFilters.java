package org.physioportal.exercises.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.physioportal.exercises.Difficulty;
import org.physioportal.exercises.ExerciseFilter;
import org.physioportal.shared.Lang;
import org.physioportal.taxonomy.TaxonomyApi;
import org.physioportal.taxonomy.TermKind;
import org.physioportal.taxonomy.TermView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The exercise library's filters read from the address leniently: a body region or equipment is a
 * term's slug in the page's language, a difficulty is {@code easy}, {@code medium} or {@code hard};
 * a value that means nothing is left out and {@code unknown} says so. {@code chosen} keeps what was
 * understood, by parameter, for the form and the links.
 */
record LibraryFilters(ExerciseFilter filter, Map<String, String> chosen, boolean unknown) {

    static final String REGION = "region";
    static final String EQUIPMENT = "equipment";
    static final String DIFFICULTY = "difficulty";

    static LibraryFilters read(Lang lang, String region, String equipment, String difficulty, TaxonomyApi taxonomy) {
        Map<String, String> chosen = new LinkedHashMap<>();
        ExerciseFilter filter = ExerciseFilter.NONE;
        Optional<TermView> regionTerm = term(lang, region, TermKind.REGION, taxonomy);
        if (regionTerm.isPresent()) {
            filter =
                    filter.withRegions(taxonomy.withDescendants(regionTerm.get().id()));
            chosen.put(REGION, regionTerm.get().slug());
        }
        Optional<TermView> equipmentTerm = term(lang, equipment, TermKind.EQUIPMENT, taxonomy);
        if (equipmentTerm.isPresent()) {
            filter = filter.withEquipment(Set.of(equipmentTerm.get().id()));
            chosen.put(EQUIPMENT, equipmentTerm.get().slug());
        }
        Optional<Difficulty> level = difficulty(difficulty);
        if (level.isPresent()) {
            filter = filter.withDifficulty(level.get());
            chosen.put(DIFFICULTY, level.get().name().toLowerCase(Locale.ROOT));
        }
        boolean unknown =
                (blank(region) ? 0 : 1) + (blank(equipment) ? 0 : 1) + (blank(difficulty) ? 0 : 1) > chosen.size();
        return new LibraryFilters(filter, chosen, unknown);
    }

    private static Optional<TermView> term(Lang lang, String slug, TermKind kind, TaxonomyApi taxonomy) {
        return blank(slug)
                ? Optional.empty()
                : taxonomy.findBySlug(lang, slug.strip()).filter(t -> t.kind() == kind);
    }

    private static Optional<Difficulty> difficulty(String value) {
        if (blank(value)) {
            return Optional.empty();
        }
        for (Difficulty d : Difficulty.values()) {
            if (d.name().equalsIgnoreCase(value.strip())) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public boolean any() {
        return !chosen.isEmpty();
    }

    public String selected(String param) {
        return chosen.get(param);
    }

    /** The library's address with these filters, on page 1. */
    String address(Lang lang) {
        return link(lang, null, null);
    }

    /** The library's address with these filters, {@code param} set to {@code value} (null: left out), on page 1. */
    String link(Lang lang, String param, String value) {
        Map<String, String> params = new LinkedHashMap<>(chosen);
        if (param != null && value == null) {
            params.remove(param);
        } else if (param != null) {
            params.put(param, value);
        }
        var uri = UriComponentsBuilder.fromPath("/" + lang.code() + "/exercises");
        params.forEach(uri::queryParam);
        return uri.encode().build().toUriString();
    }
}
