package org.physioportal.recommendations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.physioportal.recommendations.Scoring.Pick;
import org.physioportal.recommendations.Scoring.Rule;
import org.physioportal.search.SimilarContent.Candidate;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.ContentType;
import org.physioportal.taxonomy.TermKind;

class ScoringTests {

    static final long KNEE = 1, LUMBAR = 2, RUNNING = 3, GOLF = 4, CYCLING = 5, STRETCHING = 6, MAT = 7;
    static final Map<Long, TermKind> KINDS = Map.of(
            KNEE, TermKind.REGION,
            LUMBAR, TermKind.REGION,
            RUNNING, TermKind.ACTIVITY,
            GOLF, TermKind.ACTIVITY,
            CYCLING, TermKind.ACTIVITY,
            STRETCHING, TermKind.TOPIC,
            MAT, TermKind.EQUIPMENT);
    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    final Scoring scoring = new Scoring(Set.of(LUMBAR, RUNNING, STRETCHING), KINDS::get, id -> "term" + id, NOW);

    static Candidate c(long id, double text, Long... terms) {
        return new Candidate(
                new ContentRef(ContentType.EXERCISE, id), Set.of(terms), NOW.minusSeconds(86_400 * id), text);
    }

    @Test
    void sharedRegionOutweighsSharedTopicAndTextBreaksTies() {
        List<Pick> picks = scoring.pick(
                List.of(c(1, 0, STRETCHING), c(2, 0, LUMBAR), c(3, 5, LUMBAR), c(4, 0, MAT)),
                Set.of(),
                Rule.SHARES_REGION_OR_TOPIC);
        assertThat(picks).extracting(p -> p.ref().id()).containsExactly(3L, 2L, 1L);
        assertThat(picks.getFirst().reasons()).contains("region: term2").contains("text similarity 1.00");
    }

    @Test
    void itemsSharingOnlyEquipmentOrNothingAreNotSuggestedAsExercises() {
        assertThat(scoring.pick(List.of(c(1, 9, MAT), c(2, 9, KNEE)), Set.of(), Rule.SHARES_REGION_OR_TOPIC))
                .isEmpty();
    }

    @Test
    void excludedItemsAreLeftOut() {
        var first = c(1, 1, LUMBAR);
        assertThat(scoring.pick(List.of(first, c(2, 0, LUMBAR)), Set.of(first.ref()), Rule.SHARES_REGION_OR_TOPIC))
                .extracting(p -> p.ref().id())
                .containsExactly(2L);
    }

    @Test
    void nearDuplicatesGiveWayToSomethingDifferent() {
        // 1 and 2 are filed identically; 3 scores below 2 on its own but is different
        List<Pick> picks = scoring.pick(
                List.of(c(1, 1.0, LUMBAR, STRETCHING), c(2, 0.95, LUMBAR, STRETCHING), c(3, 0.5, LUMBAR, KNEE)),
                Set.of(),
                Rule.SHARES_REGION_OR_TOPIC);
        assertThat(picks).extracting(p -> p.ref().id()).containsExactly(1L, 3L, 2L);
    }

    @Test
    void suggestedArticlesComeFromOtherActivitiesAndVaryThem() {
        List<Pick> picks = scoring.pick(
                List.of(
                        c(1, 1.0, LUMBAR, RUNNING),
                        c(2, 0.9, LUMBAR, GOLF),
                        c(3, 0.85, LUMBAR, GOLF, STRETCHING),
                        c(4, 0.3, KNEE, CYCLING),
                        c(5, 0.1, LUMBAR)),
                Set.of(),
                Rule.OTHER_ACTIVITY);
        assertThat(picks).extracting(p -> p.ref().id()).doesNotContain(1L, 5L).startsWith(3L);
        assertThat(picks).extracting(p -> p.ref().id()).containsExactlyInAnyOrder(2L, 3L, 4L);
    }

    @Test
    void jaccard() {
        assertThat(Scoring.jaccard(Set.of(1L, 2L), Set.of(1L, 2L))).isEqualTo(1.0);
        assertThat(Scoring.jaccard(Set.of(1L), Set.of(2L))).isZero();
        assertThat(Scoring.jaccard(Set.of(), Set.of())).isEqualTo(1.0);
    }
}
