package org.physioportal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A content item gives back its module's record from its columns, and keeps the record's fields it has
 * no column for in its details: a field added to a record is stored and read back with no entity to change.
 */
class ContentFieldsTests {

    enum Shape {
        ROUND,
        SQUARE
    }

    /** A record with two fields the stored item below has columns for, and three it has none for. */
    record Leaflet(
            String groupKey,
            String title,
            List<String> lines,
            Integer copies,
            Shape shape,
            List<String> notes,
            int pages) {}

    static class Stored {
        String groupKey = "leaflet";
    }

    static class StoredLeaflet extends Stored {
        String title = "Back pain";
        List<String> lines = new ArrayList<>(List.of("one", "two"));
    }

    private static final Leaflet LEAFLET =
            new Leaflet("leaflet", "Back pain", List.of("one", "two"), 40, Shape.SQUARE, List.of("a", "b"), 2);

    @Test
    void fieldsWithoutAColumnGoToTheDetailsAndOnlyThose() {
        assertThat(ContentFields.details(LEAFLET, StoredLeaflet.class))
                .containsExactly(
                        Map.entry("copies", 40),
                        Map.entry("shape", "SQUARE"),
                        Map.entry("notes", List.of("a", "b")),
                        Map.entry("pages", 2));
        assertThat(ContentFields.details(
                        new Leaflet("leaflet", "T", List.of(), null, null, null, 0), StoredLeaflet.class))
                .containsOnlyKeys("pages");
    }

    @Test
    void theRecordComesBackFromColumnsAndDetailsAsItWasSaved() {
        var stored = new StoredLeaflet();
        var details = ContentFields.details(LEAFLET, StoredLeaflet.class);
        var json = new DetailsConverter();
        var read = ContentFields.read(
                stored,
                Leaflet.class,
                json.convertToEntityAttribute(json.convertToDatabaseColumn(details)),
                (f, v) -> v);
        assertThat(read).isEqualTo(LEAFLET);
        assertThatThrownBy(() -> read.lines().add("three")).isInstanceOf(UnsupportedOperationException.class);
        stored.lines.add("three");
        assertThat(read.lines()).containsExactly("one", "two");
    }

    @Test
    void detailsAreKeptAsTheColumnGivesThemBackSoAnUnchangedSaveChangesNothing() {
        record Counted(String groupKey, Long count, List<Long> ids) {}
        var details = ContentFields.details(new Counted("x", 5L, List.of(1L, 2L)), Stored.class);
        var json = new DetailsConverter();
        assertThat(json.convertToEntityAttribute(json.convertToDatabaseColumn(details)))
                .isEqualTo(details);
    }

    @Test
    void anItemSavedBeforeAFieldExistedReadsItAsEmpty() {
        var read = ContentFields.read(new StoredLeaflet(), Leaflet.class, Map.of(), (f, v) -> v);
        assertThat(read.copies()).isNull();
        assertThat(read.notes()).isNull();
        assertThat(read.pages()).isZero();
        assertThat(new DetailsConverter().convertToDatabaseColumn(Map.of())).isNull();
        assertThat(new DetailsConverter().convertToEntityAttribute(null)).isEmpty();
    }

    @Test
    void aStoredValueOfAnotherTypeIsConvertedByTheItem() {
        var read = ContentFields.read(
                new StoredLeaflet(),
                Leaflet.class,
                Map.of(),
                (field, value) -> field.equals("title") ? value.toString().toUpperCase() : value);
        assertThat(read.title()).isEqualTo("BACK PAIN");
        assertThat(read.groupKey()).isEqualTo("leaflet");
    }
}
