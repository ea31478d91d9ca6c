package org.physioportal.shared;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * The fields of the full-text index, the same in the article, exercise and video indexes. Text
 * fields exist once per language ({@code title_cs}, {@code title_en}, ...) and only the document's
 * own language is filled, so Czech text is analysed as Czech and English as English. The analyzers
 * named here are defined by the search module for each backend.
 */
public final class SearchFields {

    public static final String TYPE = "type";
    public static final String LANG = "lang";
    public static final String SLUG = "slug";
    public static final String STATUS = "status";
    public static final String PUBLISHED_AT = "published_at";
    public static final String TERMS = "terms";
    public static final String DIFFICULTY = "difficulty";
    /** Titles cut into prefixes, for the search box's suggestions. */
    public static final String SUGGEST = "suggest";

    public static final String ANALYZER_SUGGEST = "suggest";

    /** The binder parameter naming the entity's own properties that its text fields are made of. */
    public static final String TEXT_PROPERTIES = "text";

    public static final String ANALYZER_SUGGEST_QUERY = "suggest_query";

    private SearchFields() {}

    public static String title(Lang lang) {
        return "title_" + lang.code();
    }

    public static String summary(Lang lang) {
        return "summary_" + lang.code();
    }

    public static String body(Lang lang) {
        return "body_" + lang.code();
    }

    /** The analyzer of a language's text fields ({@code czech}, {@code english}). */
    public static String analyzer(Lang lang) {
        return lang == Lang.CS ? "czech" : "english";
    }

    /**
     * The analyzer of a language's queries ({@code czech_search}, {@code english_search}): the text's
     * analysis and the language's search aliases ("zad" also finds "bedra").
     */
    public static String searchAnalyzer(Lang lang) {
        return analyzer(lang) + "_search";
    }

    /** Declares the fields and fills them from a {@link SearchDocument}. */
    public static class Binder implements TypeBinder {

        @Override
        public void bind(TypeBindingContext context) {
            // reindex when any property the document is made of changes: the shared ones and the
            // entity's own text properties, named by the entity in the binder's "text" parameter
            var dependencies = context.dependencies();
            List.of("lang", "slug", "status", "publishedAt", "termIds").forEach(dependencies::use);
            Arrays.stream(context.param(TEXT_PROPERTIES, String.class).split(","))
                    .map(String::strip)
                    .forEach(dependencies::use);
            IndexSchemaElement schema = context.indexSchemaElement();
            IndexFieldTypeFactory f = context.typeFactory();
            var keyword = f.asString()
                    .aggregable(Aggregable.YES)
                    .projectable(Projectable.YES)
                    .toIndexFieldType();
            Fields fields = new Fields(
                    schema.field(TYPE, keyword).toReference(),
                    schema.field(LANG, keyword).toReference(),
                    schema.field(SLUG, f.asString().projectable(Projectable.YES).searchable(Searchable.NO))
                            .toReference(),
                    schema.field(STATUS, f.asString()).toReference(),
                    schema.field(
                                    PUBLISHED_AT,
                                    f.asInstant().sortable(Sortable.YES).projectable(Projectable.YES))
                            .toReference(),
                    schema.field(TERMS, f.asLong().aggregable(Aggregable.YES).projectable(Projectable.YES))
                            .multiValued()
                            .toReference(),
                    schema.field(DIFFICULTY, keyword).toReference(),
                    schema.field(
                                    SUGGEST,
                                    f.asString().analyzer(ANALYZER_SUGGEST).searchAnalyzer(ANALYZER_SUGGEST_QUERY))
                            .toReference(),
                    new EnumMap<>(Lang.class),
                    new EnumMap<>(Lang.class),
                    new EnumMap<>(Lang.class));
            for (Lang lang : Lang.values()) {
                var text = f.asString()
                        .analyzer(analyzer(lang))
                        .searchAnalyzer(searchAnalyzer(lang))
                        .projectable(Projectable.YES)
                        .highlightable(List.of(Highlightable.ANY))
                        .toIndexFieldType();
                fields.titles.put(lang, schema.field(title(lang), text).toReference());
                fields.summaries.put(lang, schema.field(summary(lang), text).toReference());
                fields.bodies.put(lang, schema.field(body(lang), text).toReference());
            }
            context.bridge(SearchDocument.class, fields);
        }
    }

    private record Fields(
            IndexFieldReference<String> type,
            IndexFieldReference<String> lang,
            IndexFieldReference<String> slug,
            IndexFieldReference<String> status,
            IndexFieldReference<Instant> publishedAt,
            IndexFieldReference<Long> terms,
            IndexFieldReference<String> difficulty,
            IndexFieldReference<String> suggest,
            Map<Lang, IndexFieldReference<String>> titles,
            Map<Lang, IndexFieldReference<String>> summaries,
            Map<Lang, IndexFieldReference<String>> bodies)
            implements TypeBridge<SearchDocument> {

        @Override
        public void write(DocumentElement target, SearchDocument doc, TypeBridgeWriteContext context) {
            target.addValue(type, doc.type().name());
            target.addValue(lang, doc.lang().code());
            target.addValue(slug, doc.slug());
            target.addValue(status, doc.status() == null ? null : doc.status().name());
            target.addValue(publishedAt, doc.publishedAt());
            doc.termIds().forEach(id -> target.addValue(terms, id));
            target.addValue(difficulty, doc.searchDifficulty());
            target.addValue(suggest, doc.searchTitle());
            target.addValue(titles.get(doc.lang()), doc.searchTitle());
            target.addValue(summaries.get(doc.lang()), doc.searchSummary());
            target.addValue(bodies.get(doc.lang()), doc.searchBody());
        }
    }
}
