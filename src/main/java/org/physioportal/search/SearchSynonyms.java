package org.physioportal.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.physioportal.shared.Lang;

/**
 * The search aliases of a language (words that mean the same to a reader: "záda" and "bedra", "lower
 * back" and "lumbar"), read from {@code search/synonyms_<lang>.txt} in Solr's synonym format: one
 * group of equivalent words a line, {@code #} starts a comment. Both backends apply them when a query
 * is analysed ({@link SearchAnalysis}, {@link SearchAnalysisElasticsearch}), after folding and
 * stemming, with each word of a rule analysed the same way, so one form of a word covers the others.
 */
final class SearchSynonyms {

    private SearchSynonyms() {}

    /** The file's rules, without comments and blank lines. */
    static List<String> rules(Lang lang) {
        return Arrays.stream(text(lang).split("\n"))
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    /** The rules as one text in Solr's format, for Lucene's synonym parser. */
    static String text(Lang lang) {
        String name = "/search/synonyms_" + lang.code() + ".txt";
        try (InputStream in = SearchSynonyms.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Search aliases not found: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
