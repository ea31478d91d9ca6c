package org.physioportal.exercises.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.physioportal.exercises.Difficulty;
import org.physioportal.exercises.ExerciseFilter;
import org.physioportal.exercises.ExerciseLibrary;
import org.physioportal.platform.Pages;
import org.physioportal.shared.Lang;
import org.physioportal.taxonomy.TaxonomyApi;
import org.physioportal.taxonomy.TermKind;
import org.physioportal.taxonomy.TermView;

/**
 * The choices of the library's filter form, each with how many exercises it would show together with
 * the other filters already chosen.
 */
record LibraryFacets(List<Facet> facets) {

    record Facet(String param, String label, List<Option> options) {}

    record Option(String value, String label, long count, boolean selected) {}

    static LibraryFacets of(
            Lang lang, LibraryFilters filters, ExerciseLibrary library, TaxonomyApi taxonomy, Pages pages) {
        ExerciseFilter current = filters.filter();
        List<Facet> facets = List.of(
                terms(
                        lang,
                        filters,
                        LibraryFilters.REGION,
                        TermKind.REGION,
                        taxonomy,
                        pages,
                        term -> library.count(lang, current.withRegions(taxonomy.withDescendants(term.id())))),
                terms(
                        lang,
                        filters,
                        LibraryFilters.EQUIPMENT,
                        TermKind.EQUIPMENT,
                        taxonomy,
                        pages,
                        term -> library.count(lang, current.withEquipment(Set.of(term.id())))),
                difficulties(lang, filters, library, pages));
        return new LibraryFacets(facets);
    }

    private static Facet terms(
            Lang lang,
            LibraryFilters filters,
            String param,
            TermKind kind,
            TaxonomyApi taxonomy,
            Pages pages,
            Function<TermView, Long> count) {
        List<Option> options = new ArrayList<>();
        for (TermView term : taxonomy.all(kind, lang)) {
            options.add(new Option(
                    term.slug(), term.name(), count.apply(term), term.slug().equals(filters.selected(param))));
        }
        return new Facet(param, pages.message(lang, "exercises.filter." + param), options);
    }

    private static Facet difficulties(Lang lang, LibraryFilters filters, ExerciseLibrary library, Pages pages) {
        List<Option> options = new ArrayList<>();
        for (Difficulty d : Difficulty.values()) {
            String value = d.name().toLowerCase(Locale.ROOT);
            options.add(new Option(
                    value,
                    pages.message(lang, "exercise.difficulty." + d.name()),
                    library.count(lang, filters.filter().withDifficulty(d)),
                    value.equals(filters.selected(LibraryFilters.DIFFICULTY))));
        }
        return new Facet(LibraryFilters.DIFFICULTY, pages.message(lang, "exercises.filter.difficulty"), options);
    }
}
