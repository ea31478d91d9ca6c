package org.physioportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.physioportal.shared.ContentType;

class SpellingTests {

    static SearchResults.Hit hit(String title, String snippet) {
        return new SearchResults.Hit(ContentType.ARTICLE, title, "/en/articles/x", snippet, Instant.EPOCH);
    }

    @Test
    void anUnknownWordIsReplacedByTheWordTheResultsShowMostInItsPlace() {
        var hits = List.of(
                hit("Knee pain in runners", "the <mark>knee</mark> is a hinge, <mark>knees</mark> too"),
                hit("Controlled squat", "keep the <mark>knee</mark> over the toes"));
        assertThat(Spelling.corrected("kneee pain", List.of("kneee"), hits)).contains("knee pain");
    }

    @Test
    void lettersWithAndWithoutAccentsAreTheSameLetter() {
        var hits = List.of(hit("Bolest kolene u běžců", "<mark>kolene</mark> a <mark>koleno</mark>"));
        assertThat(Spelling.corrected("kolenr", List.of("kolenr"), hits)).contains("kolene");
        assertThat(Spelling.corrected("dýchaní", List.of("dýchaní"), List.of(hit("Dýchání", ""))))
                .isEmpty();
    }

    @Test
    void nothingIsSaidWhenNoWordWasReplaced() {
        var hits = List.of(hit("Crunch on a BOSU", "a <mark>BOSU</mark> ball"));
        assertThat(Spelling.corrected("bosu", List.of(), hits)).isEmpty();
        assertThat(Spelling.corrected("plank", List.of("plank"), List.of(hit("Forearm plank", ""))))
                .isEmpty();
        // the first letter is never taken for a typo
        assertThat(Spelling.corrected("lank", List.of("lank"), List.of(hit("Forearm plank", ""))))
                .isEmpty();
    }

    @Test
    void swappedLettersAreOneEdit() {
        assertThat(Spelling.distance("plnak", "plank")).isEqualTo(1);
        assertThat(Spelling.distance("kneee", "knee")).isEqualTo(1);
        assertThat(Spelling.distance("knee", "knee")).isZero();
        assertThat(Spelling.distance("neck", "knee")).isGreaterThan(1);
    }
}
