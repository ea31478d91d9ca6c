package org.physioportal.editorial.web;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.physioportal.authors.AuthorView;
import org.physioportal.authors.AuthorsApi;
import org.physioportal.editorial.domain.ContentStores;
import org.physioportal.media.MediaApi;
import org.physioportal.media.MediaView;
import org.physioportal.shared.ContentRecord;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.taxonomy.TaxonomyApi;
import org.physioportal.taxonomy.TermView;
import org.springframework.stereotype.Component;

/**
 * Two versions of an item compared as people read them: field by field with the form's labels
 * ({@code editorial.field.*}), names instead of ids (author, terms, exercises, articles, pictures),
 * and the changed words marked inside changed paragraphs. Works on any content record by its
 * components, so a new field shows up without changes here.
 */
@Component
class ReadableContent {

    /** Components that are the item's identity or workflow state, never compared. */
    private static final Set<String> SKIPPED = Set.of("groupKey", "lang", "status", "publishedAt");

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("slug", "editorial.field.slug"),
            Map.entry("authorId", "editorial.field.author"),
            Map.entry("reviewerId", "editorial.field.reviewer"),
            Map.entry("tutorialIds", "editorial.field.tutorials"),
            Map.entry("relatedIds", "editorial.field.related"),
            Map.entry("termIds", "editorial.field.terms"),
            Map.entry("imageId", "editorial.field.image"),
            Map.entry("exerciseId", "editorial.field.exercise"),
            Map.entry("fileId", "editorial.field.file"),
            Map.entry("posterId", "editorial.field.poster"),
            Map.entry("captionsId", "editorial.field.captions"));

    private static final DiffRowGenerator WORDS = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>")
            .build();

    private final ContentStores stores;
    private final AuthorsApi authors;
    private final TaxonomyApi taxonomy;
    private final MediaApi media;

    ReadableContent(ContentStores stores, AuthorsApi authors, TaxonomyApi taxonomy, MediaApi media) {
        this.stores = stores;
        this.authors = authors;
        this.taxonomy = taxonomy;
        this.media = media;
    }

    /** One changed field: its label and its lines side by side, escaped, with {@code <del>}/{@code <ins>}. */
    record Change(String label, List<DiffRow> rows) {}

    /** The fields that differ between {@code before} and {@code after}, in the record's order. */
    List<Change> changes(ContentRecord before, ContentRecord after, Lang ui) {
        List<Change> changes = new ArrayList<>();
        for (RecordComponent component : after.getClass().getRecordComponents()) {
            String name = component.getName();
            if (SKIPPED.contains(name)) {
                continue;
            }
            List<String> old = lines(name, value(component, (Record) before), ui);
            List<String> now = lines(name, value(component, (Record) after), ui);
            if (!old.equals(now)) {
                changes.add(new Change(label(name), WORDS.generateDiffRows(old, now)));
            }
        }
        return changes;
    }

    static String label(String component) {
        return LABELS.getOrDefault(
                component,
                "editorial.field."
                        + component.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase());
    }

    private static Object value(RecordComponent component, Record record) {
        if (record == null) {
            return null;
        }
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value as lines of text; ids as the names people know. */
    private List<String> lines(String name, Object value, Lang ui) {
        if (value == null) {
            return List.of();
        }
        List<?> values = value instanceof Collection<?> c ? sorted(name, c) : List.of(value);
        if (name.endsWith("Id") || name.endsWith("Ids")) {
            return values.stream().map(id -> name((Long) id, name, ui)).toList();
        }
        return values.stream()
                .flatMap(v -> v instanceof Record r
                        ? reference(r).lines()
                        : v.toString().lines())
                .toList();
    }

    private static List<?> sorted(String name, Collection<?> values) {
        return values instanceof List<?> list ? list : values.stream().sorted().toList();
    }

    /** A value made of parts (an article's reference: text and address) as its parts, " | " between. */
    private static String reference(Record r) {
        return java.util.Arrays.stream(r.getClass().getRecordComponents())
                .map(c -> value(c, r))
                .filter(java.util.Objects::nonNull)
                .map(Object::toString)
                .collect(Collectors.joining(" | "));
    }

    private String name(Long id, String component, Lang ui) {
        String name = switch (component) {
            case "authorId", "reviewerId" ->
                authors.find(id, ui).map(AuthorView::name).orElse(null);
            case "termIds" -> taxonomy.find(id, ui).map(TermView::name).orElse(null);
            case "tutorialIds", "exerciseId" -> title(ContentType.EXERCISE, id);
            case "relatedIds" -> title(ContentType.ARTICLE, id);
            default -> media.find(id, ui).map(MediaView::alt).orElse(null);
        };
        return name == null ? "#" + id : name + " (#" + id + ")";
    }

    private String title(ContentType type, long id) {
        return stores.of(type).draft(id).map(s -> s.content().displayTitle()).orElse(null);
    }
}
