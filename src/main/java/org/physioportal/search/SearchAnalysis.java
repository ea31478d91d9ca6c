package org.physioportal.search;

import static org.physioportal.shared.SearchFields.analyzer;
import static org.physioportal.shared.SearchFields.searchAnalyzer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.cz.CzechStemFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.physioportal.shared.Lang;
import org.physioportal.shared.SearchFields;

/**
 * The analyzers of the Lucene backend. Czech text is folded to plain letters before it is stemmed,
 * so that a query typed without diacritics ("bolest zad", "zada") meets the same stems as the
 * text ("bolesti zad", "záda"). English is stemmed with Porter. Queries are analysed the same way
 * and then get the language's aliases ({@link SearchSynonyms}: "zad" also finds "bedra", "lumbar"
 * also finds "lower back"); the indexed text has none. Suggestions index every prefix (2 to 20
 * characters) of each title word. The OpenSearch module defines the same analyzers.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        for (Lang lang : Lang.values()) {
            Analyzer text = text(lang);
            context.analyzer(analyzer(lang)).instance(text);
            context.analyzer(searchAnalyzer(lang)).instance(new WithAliases(text, aliases(lang, text)));
        }
        context.analyzer(SearchFields.ANALYZER_SUGGEST)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(EdgeNGramFilterFactory.class)
                .param("minGramSize", "2")
                .param("maxGramSize", "20");
        context.analyzer(SearchFields.ANALYZER_SUGGEST_QUERY)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
    }

    /**
     * The text of a language as indexed: Czech lower-cased, folded and stemmed (Lucene's light Czech
     * stemmer); English without the possessive "'s", lower-cased, folded and stemmed with Porter.
     */
    static Analyzer text(Lang lang) {
        try {
            var chain = CustomAnalyzer.builder().withTokenizer(StandardTokenizerFactory.class);
            if (lang == Lang.EN) {
                chain.addTokenFilter(EnglishPossessiveFilterFactory.class);
            }
            return chain.addTokenFilter(LowerCaseFilterFactory.class)
                    .addTokenFilter(ASCIIFoldingFilterFactory.class)
                    .addTokenFilter(lang == Lang.CS ? CzechStemFilterFactory.class : PorterStemFilterFactory.class)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The language's aliases, each word analysed by {@code text} (as OpenSearch parses its rules). */
    static SynonymMap aliases(Lang lang, Analyzer text) {
        var parser = new SolrSynonymParser(true, true, text);
        try {
            parser.parse(new StringReader(SearchSynonyms.text(lang)));
            return parser.build();
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("Search aliases of " + lang + " cannot be read", e);
        }
    }

    /** A query's words as {@code text} makes them, with each alias beside its word (a token graph). */
    static final class WithAliases extends AnalyzerWrapper {
        private final Analyzer text;
        private final SynonymMap aliases;

        WithAliases(Analyzer text, SynonymMap aliases) {
            super(text.getReuseStrategy());
            this.text = text;
            this.aliases = aliases;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return text;
        }

        @Override
        protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
            return new TokenStreamComponents(
                    components.getSource(), new SynonymGraphFilter(components.getTokenStream(), aliases, true));
        }
    }
}
