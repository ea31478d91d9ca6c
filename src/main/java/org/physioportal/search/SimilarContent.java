package org.physioportal.search;

import static org.physioportal.shared.SearchFields.*;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;
import org.springframework.stereotype.Service;

/**
 * Candidates for the "might interest you" blocks, from the index alone: published items of one type
 * and language that share a term with the page, and items whose text is like the page's (Lucene's
 * more-like-this over title, lead or goal, and body), each with its terms and a text similarity.
 */
@Service
public class SimilarContent {

    /** One candidate; {@code textScore} is 0 when only the terms brought it in. */
    public record Candidate(ContentRef ref, Set<Long> termIds, Instant publishedAt, double textScore) {}

    /** The text of the page that candidates should be like. */
    public record Text(String title, String summary, String body) {}

    static final int BY_TEXT = 50;
    static final int BY_TERMS = 300;

    private final EntityManagerFactory emf;
    private final Clock clock;

    SimilarContent(EntityManagerFactory emf, Clock clock) {
        this.emf = emf;
        this.clock = clock;
    }

    public List<Candidate> candidates(ContentType type, Lang lang, Text text, Set<Long> termIds) {
        Query like = moreLikeThis(lang, text);
        try (EntityManager em = emf.createEntityManager()) {
            SearchSession session = Search.session(em);
            Map<ContentRef, Candidate> found = new LinkedHashMap<>();
            if (like != null) {
                fetch(
                                session,
                                type,
                                lang,
                                f -> f.extension(LuceneExtension.get()).fromLuceneQuery(like),
                                BY_TEXT)
                        .forEach(c -> found.put(c.ref(), c));
            }
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
            java.util.function.Function<SearchPredicateFactory, PredicateFinalStep> must,
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
        return f.bool()
                .filter(f.match().field(STATUS).matching(Status.PUBLISHED.name()))
                .filter(f.range().field(PUBLISHED_AT).atMost(clock.instant()))
                .filter(f.match().field(LANG).matching(lang.code()));
    }

    /** A more-like-this query for the text, or null if the backend is not Lucene or nothing stands out. */
    private Query moreLikeThis(Lang lang, Text text) {
        var mapping = Search.mapping(emf);
        if (!(mapping.backend() instanceof LuceneBackend)) {
            return null;
        }
        Analyzer analyzer = mapping.backend()
                .unwrap(LuceneBackend.class)
                .analyzer(analyzer(lang))
                .orElseThrow();
        try (IndexReader reader = mapping.scope(Object.class, SearchApi.ENTITIES)
                .extension(LuceneExtension.get())
                .openIndexReader()) {
            MoreLikeThis mlt = new MoreLikeThis(reader);
            mlt.setAnalyzer(analyzer);
            mlt.setFieldNames(new String[] {title(lang), summary(lang), body(lang)});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(2);
            mlt.setMaxQueryTerms(30);
            mlt.setBoost(true);
            Map<String, Collection<Object>> document = new HashMap<>();
            document.put(title(lang), List.of(nullToEmpty(text.title())));
            document.put(summary(lang), List.of(nullToEmpty(text.summary())));
            document.put(body(lang), List.of(nullToEmpty(text.body())));
            return mlt.like(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
