package org.physioportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserTextTests {

    private static final String GRIN = "\uD83D\uDE00"; // U+1F600, two UTF-16 units, one code point

    @Nested
    class Problems {

        @Test
        void nullOrBlankIsEmpty() {
            assertThat(UserText.problem(null, 1, 100)).contains("text.empty");
            assertThat(UserText.problem("", 1, 100)).contains("text.empty");
            assertThat(UserText.problem(" \t\r\n ", 1, 100)).contains("text.empty");
        }

        @Test
        void tooShortCountsAfterStripping() {
            assertThat(UserText.problem("  ab  ", 3, 100)).contains("text.too-short");
            assertThat(UserText.problem("  abc  ", 3, 100)).isEmpty();
        }

        @Test
        void aMinimumOfOneOnlyRefusesEmptyText() {
            assertThat(UserText.problem("a", 1, 100)).isEmpty();
            assertThat(UserText.problem("a", 0, 100)).isEmpty();
        }

        @Test
        void tooLongCountsCodePoints() {
            assertThat(UserText.problem("abcdef", 1, 5)).contains("text.too-long");
            assertThat(UserText.problem("abcde", 1, 5)).isEmpty();
        }

        @Test
        void emojiCountAsOneCodePointEach() {
            assertThat(UserText.problem(GRIN.repeat(5), 1, 5)).isEmpty();
            assertThat(UserText.problem(GRIN.repeat(6), 1, 5)).contains("text.too-long");
        }

        @Test
        void decomposedLettersAreCountedAfterComposition() {
            // "ěšč" typed with combining carons: six code points, three after NFC
            assertThat(UserText.problem("e\u030Cs\u030Cc\u030C", 1, 3)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "a\u0000b",
                    "a\u0007b",
                    "a\u001Bb",
                    "a\u007Fb",
                    "a\u0085b",
                    "a\uFFFDb",
                    "a\uD83Db",
                    "a\uDE00b"
                })
        void controlCharactersAndBrokenTextAreBinary(String text) {
            assertThat(UserText.problem(text, 1, 100)).contains("text.binary");
        }

        @Test
        void loneSurrogateAtTheEndIsBinary() {
            assertThat(UserText.problem("ok\uD83D", 1, 100)).contains("text.binary");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {"\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"})
        void bidirectionalControlsAreRefused(String control) {
            assertThat(UserText.problem("invoice" + control + "fdp.exe", 1, 100))
                    .contains("text.direction");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "Příliš žluťoučký kůň úpěl ďábelské ódy",
                    "ěščřžýáíéůú ĚŠČŘŽÝÁÍÉŮÚ",
                    "مرحبا بالعالم",
                    "שלום עולם",
                    "Thumbs up \uD83D\uDC4D\uD83C\uDFFD and family \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
                    "first line\nsecond line\r\nthird\tcolumn",
                    "left\u200Fright mark is fine"
                })
        void acceptsOrdinaryTextInAnyScript(String text) {
            assertThat(UserText.problem(text, 2, 200)).isEmpty();
        }
    }

    @Nested
    class Clean {

        @Test
        void stripsAndUnifiesLineEndings() {
            assertThat(UserText.clean("  one\r\ntwo\rthree\u2028four\u2029five\n "))
                    .isEqualTo("one\ntwo\nthree\nfour\nfive");
        }

        @Test
        void composesToNfc() {
            assertThat(UserText.clean("u\u030A")).isEqualTo("ů");
        }

        @Test
        void keepsEmojiAndDiacritics() {
            String text = "Děkuji " + GRIN + " žžž";
            assertThat(UserText.clean(text)).isEqualTo(text);
        }

        @Test
        void nullBecomesEmpty() {
            assertThat(UserText.clean(null)).isEmpty();
        }
    }
}
