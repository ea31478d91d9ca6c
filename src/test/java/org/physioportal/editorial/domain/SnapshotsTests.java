package org.physioportal.editorial.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.physioportal.exercises.Difficulty;
import org.physioportal.exercises.NewExercise;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;

/**
 * A revision's snapshot is the module's record, read strictly: what was written reads back equal,
 * and a property the record no longer has (a renamed or removed component) fails instead of being
 * dropped from history or from a revert.
 */
class SnapshotsTests {

    private final Snapshots snapshots = new Snapshots();

    private final NewExercise plank = new NewExercise(
            "plank",
            Lang.EN,
            "plank",
            "Plank",
            "A steady trunk",
            "On the forearms",
            List.of("Lift the hips.", "Hold."),
            "Breathe out slowly.",
            List.of("Sagging hips"),
            3,
            null,
            30,
            "Daily",
            "Not after shoulder surgery",
            Difficulty.MEDIUM,
            12L,
            Set.of(2L, 5L),
            Status.PUBLISHED,
            Instant.parse("2026-05-01T08:00:00Z"));

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
