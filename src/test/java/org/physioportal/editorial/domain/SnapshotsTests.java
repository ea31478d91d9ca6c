package org.physioportal.editorial.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.physioportal.shared.Records.field;

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
            field("groupKey", "plank"),
            field("lang", Lang.EN),
            field("slug", "plank"),
            field("name", "Plank"),
            field("goal", "A steady trunk"),
            field("startingPosition", "On the forearms"),
            field("steps", List.of("Lift the hips.", "Hold.")),
            field("breathing", "Breathe out slowly."),
            field("mistakes", List.of("Sagging hips")),
            field("sets", 3),
            field("holdSeconds", 30),
            field("frequency", "Daily"),
            field("contraindications", "Not after shoulder surgery"),
            field("difficulty", Difficulty.MEDIUM),
            field("imageId", 12L),
            field("termIds", Set.of(2L, 5L)),
            field("status", Status.PUBLISHED),
            field("publishedAt", Instant.parse("2026-05-01T08:00:00Z")));

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
