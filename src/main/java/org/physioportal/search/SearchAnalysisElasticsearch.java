package org.physioportal.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.physioportal.shared.SearchFields;

/**
 * The analyzers of the Elasticsearch/OpenSearch backend: the same names and the same chains as the
 * Lucene backend's {@link SearchAnalysis}, built from the cluster's built-in tokenizer and filters
 * (OpenSearch's {@code stemmer} filter with {@code czech} is Lucene's light Czech stemmer,
 * {@code porter_stem} is Porter, {@code possessive_english} drops the English "'s").
 */
public class SearchAnalysisElasticsearch implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("czech_stem").type("stemmer").param("language", "czech");
        context.tokenFilter("english_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("suggest_edge_ngram")
                .type("edge_ngram")
                .param("min_gram", 2)
                .param("max_gram", 20);
        context.analyzer("czech")
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "czech_stem");
        context.analyzer("english")
                .custom()
                .tokenizer("standard")
                .tokenFilters("english_possessive", "lowercase", "asciifolding", "porter_stem");
        context.analyzer(SearchFields.ANALYZER_SUGGEST)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding", "suggest_edge_ngram");
        context.analyzer(SearchFields.ANALYZER_SUGGEST_QUERY)
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "asciifolding");
    }
}
