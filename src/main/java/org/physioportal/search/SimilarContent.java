package org.physioportal.search;

import static org.physioportal.shared.SearchFields.*;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.springframework.stereotype.Service;

/**
 * Candidates for the "might interest you" blocks, from the index alone: published items of one type
 * and language that share a term with the page, and items whose text is like the page's
 * (more-like-this over title, lead or goal, and body: Lucene's on the Lucene backend, OpenSearch's
 * {@code more_like_this} query on the Elasticsearch backend), each with its terms and a text
 * similarity.
 */
@Service
public class SimilarContent {

    /** One candidate; {@code textScore} is 0 when only the terms brought it in. */
    public record Candidate(ContentRef ref, Set<Long> termIds, Instant publishedAt, double textScore) {}

    /** The text of the page that candidates should be like. */
    public record Text(String title, String summary, String body) {}

    static final int BY_TEXT = 50;
    static final int BY_TERMS = 300;
    static final int MIN_TERM_FREQ = 1;
    static final int MIN_DOC_FREQ = 2;
    static final int MAX_QUERY_TERMS = 30;

    private final EntityManagerFactory emf;
    private final Clock clock;

    SimilarContent(EntityManagerFactory emf, Clock clock) {
        this.emf = emf;
        this.clock = clock;
    }

    public List<Candidate> candidates(ContentType type, Lang lang, Text text, Set<Long> termIds) {
        Function<SearchPredicateFactory, PredicateFinalStep> like = moreLikeThis(lang, text);
        try (EntityManager em = emf.createEntityManager()) {
            SearchSession session = Search.session(em);
            Map<ContentRef, Candidate> found = new LinkedHashMap<>();
            fetch(session, type, lang, like, BY_TEXT).forEach(c -> found.put(c.ref(), c));
            if (!termIds.isEmpty()) {
                fetch(session, type, lang, f -> f.terms().field(TERMS).matchingAny(termIds), BY_TERMS).stream()
                        .map(c -> new Candidate(c.ref(), c.termIds(), c.publishedAt(), 0))
                        .forEach(c -> found.putIfAbsent(c.ref(), c));
            }
            return List.copyOf(found.values());
        }
    }

    /** The terms an item is filed under, as the index has them (whatever its status). */
    public Set<Long> termsOf(ContentRef ref) {
        try (EntityManager em = emf.createEntityManager()) {
            SearchSession session = Search.session(em);
            return session
                    .search(session.scope(Object.class, List.of(entityName(ref.type()))))
                    .select(f -> f.field(TERMS, Long.class).list())
                    .where(f -> f.id().matching(ref.id()))
                    .fetchHits(1)
                    .stream()
                    .findFirst()
                    .<Set<Long>>map(Set::copyOf)
                    .orElse(Set.of());
        }
    }

    /** Published articles in the language filed under any of the terms, newest first. */
    public List<Long> articlesSharing(Lang lang, Collection<Long> termIds, int limit) {
        if (termIds.isEmpty()) {
            return List.of();
        }
        try (EntityManager em = emf.createEntityManager()) {
            SearchSession session = Search.session(em);
            return session.search(session.scope(Object.class, List.of(entityName(ContentType.ARTICLE))))
                    .select(f -> f.id(Long.class))
                    .where(f -> visible(f, lang).filter(f.terms().field(TERMS).matchingAny(termIds)))
                    .sort(f -> f.field(PUBLISHED_AT).desc())
                    .fetchHits(limit);
        }
    }

    private List<Candidate> fetch(
            SearchSession session,
            ContentType type,
            Lang lang,
            Function<SearchPredicateFactory, PredicateFinalStep> must,
            int limit) {
        return session
                .search(session.scope(Object.class, List.of(entityName(type))))
                .select(f -> f.composite()
                        .from(
                                f.id(Long.class),
                                f.field(TERMS, Long.class).list(),
                                f.field(PUBLISHED_AT, Instant.class),
                                f.score())
                        .asList())
                .where(f -> visible(f, lang).must(must.apply(f)))
                .fetchHits(limit)
                .stream()
                .map(row -> new Candidate(
                        new ContentRef(type, (Long) row.get(0)),
                        Set.copyOf(castList(row.get(1))),
                        (Instant) row.get(2),
                        ((Float) row.get(3)).doubleValue()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Long> castList(Object value) {
        return (List<Long>) value;
    }

    private org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep<?, ?> visible(
            SearchPredicateFactory f, Lang lang) {
        return SearchApi.visible(f, lang, clock.instant());
    }

    /** A more-like-this predicate for the text, by the backend's own means. */
    private Function<SearchPredicateFactory, PredicateFinalStep> moreLikeThis(Lang lang, Text text) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(title(lang), nullToEmpty(text.title()));
        fields.put(summary(lang), nullToEmpty(text.summary()));
        fields.put(body(lang), nullToEmpty(text.body()));
        var mapping = Search.mapping(emf);
        if (mapping.backend() instanceof ElasticsearchBackend) {
            JsonObject json = openSearchMoreLikeThis(fields);
            return f -> f.extension(ElasticsearchExtension.get()).fromJson(json);
        }
        // the Lucene backend: its classes are only loaded here
        return f -> LuceneMoreLikeThis.predicate(mapping, analyzer(lang), fields, f);
    }

    /**
     * OpenSearch's (and Elasticsearch's) {@code more_like_this} query with an artificial document made
     * of the page's fields, analysed by each field's own analyzer, and the Lucene side's parameters.
     */
    static JsonObject openSearchMoreLikeThis(Map<String, String> fields) {
        JsonObject doc = new JsonObject();
        JsonArray names = new JsonArray();
        fields.forEach((field, value) -> {
            doc.addProperty(field, value);
            names.add(field);
        });
        JsonObject artificial = new JsonObject();
        artificial.add("doc", doc);
        JsonArray like = new JsonArray();
        like.add(artificial);
        JsonObject mlt = new JsonObject();
        mlt.add("fields", names);
        mlt.add("like", like);
        mlt.addProperty("min_term_freq", MIN_TERM_FREQ);
        mlt.addProperty("min_doc_freq", MIN_DOC_FREQ);
        mlt.addProperty("max_query_terms", MAX_QUERY_TERMS);
        mlt.addProperty("boost_terms", 1);
        JsonObject query = new JsonObject();
        query.add("more_like_this", mlt);
        return query;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static String entityName(ContentType type) {
        return switch (type) {
            case ARTICLE -> "Article";
            case EXERCISE -> "Exercise";
            case VIDEO -> "Video";
        };
    }
}
