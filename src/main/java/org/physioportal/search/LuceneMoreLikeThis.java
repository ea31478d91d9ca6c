package org.physioportal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

/**
 * Lucene's more-like-this, the Lucene backend's way to find similar text. Kept in a class of its own:
 * {@link SimilarContent} only touches it when the backend is Lucene, so that the application runs
 * with the Elasticsearch backend and without the Lucene backend's jars.
 */
final class LuceneMoreLikeThis {

    private LuceneMoreLikeThis() {}

    /** A predicate for documents whose fields are like the given text (field name to text). */
    static PredicateFinalStep predicate(
            SearchMapping mapping, String analyzerName, Map<String, String> fields, SearchPredicateFactory f) {
        Query like = query(mapping, analyzerName, fields);
        return f.extension(LuceneExtension.get()).fromLuceneQuery(like);
    }

    private static Query query(SearchMapping mapping, String analyzerName, Map<String, String> fields) {
        var analyzer = mapping.backend()
                .unwrap(LuceneBackend.class)
                .analyzer(analyzerName)
                .orElseThrow();
        try (IndexReader reader = mapping.scope(Object.class, SearchApi.ENTITIES)
                .extension(LuceneExtension.get())
                .openIndexReader()) {
            MoreLikeThis mlt = new MoreLikeThis(reader);
            mlt.setAnalyzer(analyzer);
            mlt.setFieldNames(fields.keySet().toArray(String[]::new));
            mlt.setMinTermFreq(SimilarContent.MIN_TERM_FREQ);
            mlt.setMinDocFreq(SimilarContent.MIN_DOC_FREQ);
            mlt.setMaxQueryTerms(SimilarContent.MAX_QUERY_TERMS);
            mlt.setBoost(true);
            Map<String, Collection<Object>> document = new LinkedHashMap<>();
            fields.forEach((field, text) -> document.put(field, List.of(text)));
            return mlt.like(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
