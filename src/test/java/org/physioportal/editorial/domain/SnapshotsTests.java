package org.physioportal.editorial.domain;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.physioportal.exercises.Difficulty;
import org.physioportal.exercises.NewExercise;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Records;
import org.physioportal.shared.Status;

/**
 * A revision's snapshot is the module's record, read strictly: what was written reads back equal,
 * and a property the record no longer has (a renamed or removed component) fails instead of being
 * dropped from history or from a revert.
 */
class SnapshotsTests {

    private final Snapshots snapshots = new Snapshots();

    private final NewExercise plank = Records.of(
            NewExercise.class,
            entry("groupKey", "plank"),
            entry("lang", Lang.EN),
            entry("slug", "plank"),
            entry("name", "Plank"),
            entry("goal", "A steady trunk"),
            entry("startingPosition", "On the forearms"),
            entry("steps", List.of("Lift the hips.", "Hold.")),
            entry("breathing", "Breathe out slowly."),
            entry("mistakes", List.of("Sagging hips")),
            entry("sets", 3),
            entry("holdSeconds", 30),
            entry("frequency", "Daily"),
            entry("contraindications", "Not after shoulder surgery"),
            entry("difficulty", Difficulty.MEDIUM),
            entry("imageId", 12L),
            entry("termIds", Set.of(2L, 5L)),
            entry("status", Status.PUBLISHED),
            entry("publishedAt", Instant.parse("2026-05-01T08:00:00Z")));

    @Test
    void aRecordReadsBackEqual() {
        assertThat(snapshots.read(revision(snapshots.write(plank)), NewExercise.class))
                .isEqualTo(plank);
    }

    @Test
    void aComponentTheRecordNoLongerHasFailsInsteadOfBeingDropped() {
        String renamed = snapshots.write(plank).replace("\"breathing\"", "\"breathingCue\"");
        assertThatThrownBy(() -> snapshots.read(revision(renamed), NewExercise.class))
                .hasMessageContaining("breathingCue");
    }

    @Test
    void aSnapshotOfAnotherSchemaIsNotReadAsThisOne() {
        Revision old = Revision.stored(snapshots.write(plank), 0);
        assertThatThrownBy(() -> snapshots.read(old, NewExercise.class)).hasMessageContaining("schema 0");
    }

    private static Revision revision(String json) {
        return Revision.stored(json, Snapshots.SCHEMA);
    }
}
