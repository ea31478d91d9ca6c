package org.physioportal.search;

import static org.physioportal.shared.SearchFields.analyzer;
import static org.physioportal.shared.SearchFields.searchAnalyzer;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.physioportal.shared.Lang;
import org.physioportal.shared.SearchFields;

/**
 * The analyzers of the Elasticsearch/OpenSearch backend: the same names and the same chains as the
 * Lucene backend's {@link SearchAnalysis}, built from the cluster's built-in tokenizer and filters
 * (OpenSearch's {@code stemmer} filter with {@code czech} is Lucene's light Czech stemmer,
 * {@code porter_stem} is Porter, {@code possessive_english} drops the English "'s"). The query
 * analyzers end with a {@code synonym_graph} filter holding the rules of {@link SearchSynonyms};
 * the cluster analyses each rule with the filters before it, as the Lucene side does.
 */
public class SearchAnalysisElasticsearch implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("czech_stem").type("stemmer").param("language", "czech");
        context.tokenFilter("english_possessive").type("stemmer").param("language", "possessive_english");
        for (Lang lang : Lang.values()) {
            context.tokenFilter(aliases(lang))
                    .type("synonym_graph")
                    .param("synonyms", SearchSynonyms.rules(lang).toArray(String[]::new));
        }
        context.tokenFilter("suggest_edge_ngram")
                .type("edge_ngram")
                .param("min_gram", 2)
                .param("max_gram", 20);
        String[] czech = {"lowercase", "asciifolding", "czech_stem"};
        String[] english = {"english_possessive", "lowercase", "asciifolding", "porter_stem"};
        context.analyzer(analyzer(Lang.CS)).custom().tokenizer("standard").tokenFilters(czech);
        context.analyzer(analyzer(Lang.EN)).custom().tokenizer("standard").tokenFilters(english);
        context.analyzer(searchAnalyzer(Lang.CS))
                .custom()
                .tokenizer("standard")
                .tokenFilters(withAliases(czech, Lang.CS));
        context.analyzer(searchAnalyzer(Lang.EN))
                .custom()
                .tokenizer("standard")
                .tokenFilters(withAliases(english, Lang.EN));
        context.analyzer(SearchFields.ANALYZER_SUGGEST)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "suggest_edge_ngram");
        context.analyzer(SearchFields.ANALYZER_SUGGEST_QUERY)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
    }

    private static String aliases(Lang lang) {
        return "aliases_" + lang.code();
    }

    private static String[] withAliases(String[] filters, Lang lang) {
        String[] all = java.util.Arrays.copyOf(filters, filters.length + 1);
        all[filters.length] = aliases(lang);
        return all;
    }
}
