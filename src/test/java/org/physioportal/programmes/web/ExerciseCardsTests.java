package org.physioportal.programmes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.physioportal.shared.Records.field;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.physioportal.exercises.ExerciseVideos;
import org.physioportal.exercises.ExerciseView;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.exercises.NewExercise;
import org.physioportal.media.MediaApi;
import org.physioportal.shared.ContentChanged;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Records;
import org.physioportal.shared.Status;

/** The day's exercise cards are read once, read again after any content change, and never kept across one. */
class ExerciseCardsTests {

    private static final ContentChanged CHANGE =
            new ContentChanged(new ContentRef(ContentType.EXERCISE, 1), Lang.EN, Status.PUBLISHED);

    private final ExercisesApi exercises = mock(ExercisesApi.class);
    private final ExerciseVideos videos = mock(ExerciseVideos.class);
    private final MediaApi media = mock(MediaApi.class);
    private final DayCardMarkup markup = mock(DayCardMarkup.class);
    private final ExerciseCards cards = new ExerciseCards(exercises, videos, media, markup);

    private static ExerciseView exercise(long id, String name) {
        return new ExerciseView(
                id,
                Records.of(
                        NewExercise.class,
                        field("groupKey", "plank"),
                        field("lang", Lang.EN),
                        field("slug", "plank"),
                        field("name", name),
                        field("goal", "goal"),
                        field("startingPosition", ""),
                        field("steps", List.of("step")),
                        field("breathing", ""),
                        field("mistakes", List.of()),
                        field("sets", 3),
                        field("reps", 10),
                        field("frequency", ""),
                        field("contraindications", ""),
                        field("termIds", Set.of()),
                        field("status", Status.PUBLISHED)),
                null);
    }

    @Test
    void readsAGroupOnceAndRemembersOneThatIsNotPublished() {
        when(exercises.publishedByGroup(anyCollection(), eq(Lang.EN)))
                .thenReturn(Map.of("plank", exercise(1, "Plank")));

        assertThat(cards.of(List.of("plank", "gone"), Lang.EN)).containsOnlyKeys("plank");
        assertThat(cards.of(List.of("plank", "gone"), Lang.EN)
                        .get("plank")
                        .exercise()
                        .name())
                .isEqualTo("Plank");

        verify(exercises, times(1)).publishedByGroup(anyCollection(), any());
    }

    @Test
    void aContentChangeMakesTheNextDayReadTheCardsAgain() {
        when(exercises.publishedByGroup(anyCollection(), eq(Lang.EN)))
                .thenReturn(Map.of("plank", exercise(1, "Plank")))
                .thenReturn(Map.of("plank", exercise(1, "Forearm plank")));
        cards.of(List.of("plank"), Lang.EN);

        cards.on(CHANGE);

        assertThat(cards.of(List.of("plank"), Lang.EN).get("plank").exercise().name())
                .isEqualTo("Forearm plank");
    }

    @Test
    void aChangeOnAnotherNodeMakesThisNodeReadTheCardsAgain() {
        when(exercises.publishedByGroup(anyCollection(), eq(Lang.EN)))
                .thenReturn(Map.of("plank", exercise(1, "Plank")))
                .thenReturn(Map.of());
        cards.of(List.of("plank"), Lang.EN);

        cards.on(new org.physioportal.shared.ContentChangedElsewhere(ContentType.EXERCISE));

        assertThat(cards.of(List.of("plank"), Lang.EN))
                .as("unpublished on another node")
                .isEmpty();
    }

    @Test
    void cardsReadWhileAChangeCommitsAreShownButNotKept() {
        when(exercises.publishedByGroup(anyCollection(), eq(Lang.EN))).thenAnswer(ask -> {
            cards.on(CHANGE); // the change commits while this request reads
            return Map.of("plank", exercise(1, "Plank"));
        });

        assertThat(cards.of(List.of("plank"), Lang.EN)).containsKey("plank");
        cards.of(List.of("plank"), Lang.EN);

        verify(exercises, times(2)).publishedByGroup(anyCollection(), any());
    }

    @Test
    void languagesAreKeptApart() {
        when(exercises.publishedByGroup(anyCollection(), eq(Lang.EN)))
                .thenReturn(Map.of("plank", exercise(1, "Plank")));
        when(exercises.publishedByGroup(anyCollection(), eq(Lang.CS)))
                .thenReturn(Map.of("plank", exercise(2, "Prkno")));

        assertThat(cards.of(List.of("plank"), Lang.EN).get("plank").exercise().name())
                .isEqualTo("Plank");
        assertThat(cards.of(List.of("plank"), Lang.CS).get("plank").exercise().name())
                .isEqualTo("Prkno");
    }
}
