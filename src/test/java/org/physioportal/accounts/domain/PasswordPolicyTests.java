package org.physioportal.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private static final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void loadsAtLeastTenThousandUsableCommonPasswords() {
        assertThat(policy.listSize()).isGreaterThanOrEqualTo(10_000);
    }

    @Test
    void refusesPasswordsFromTheCommonList() {
        assertThat(policy.problem("password1")).contains("password.common");
        assertThat(policy.problem("qwertyuiop")).contains("password.common");
        assertThat(policy.problem("iloveyou")).contains("password.common");
        assertThat(policy.problem("12345678")).contains("password.common");
    }

    @Test
    void comparesWithTheListIgnoringCaseAndWidth() {
        assertThat(policy.problem("ILoveYou")).contains("password.common");
        assertThat(policy.problem("QWERTYuiop")).contains("password.common");
        assertThat(policy.problem("ｐａｓｓｗｏｒｄ１")).contains("password.common");
    }

    @Test
    void refusesOneCharacterRepeated() {
        assertThat(policy.problem("zzzzzzzzzzzz")).contains("password.common");
        assertThat(policy.problem("ŽžŽžŽžŽžŽž")).contains("password.common");
        assertThat(policy.problem("🐢🐢🐢🐢🐢🐢🐢🐢")).contains("password.common");
    }

    @Test
    void countsCodePointsForTheLengthLimits() {
        assertThat(policy.problem("kv7#mRt")).contains("password.length");
        assertThat(policy.problem("kv7#mRtq")).isEmpty();
        assertThat(policy.problem(distinctish(128))).isEmpty();
        assertThat(policy.problem(distinctish(129))).contains("password.length");
        assertThat(policy.problem("")).contains("password.length");
        assertThat(policy.problem(null)).contains("password.length");
    }

    @Test
    void countsAnEmojiAsOneCharacter() {
        assertThat(policy.problem("😀🐢🌵🚲🎈🍋🦉🧩")).isEmpty();
        assertThat(policy.problem("😀🐢🌵🚲🎈🍋🦉")).contains("password.length");
    }

    @Test
    void measuresLengthAfterNormalization() {
        String decomposedSeven = "a\u0301e\u0301i\u0301o\u0301u\u0301y\u0301c\u030C";
        assertThat(decomposedSeven).hasSize(14);
        assertThat(policy.problem(decomposedSeven)).contains("password.length");
    }

    @Test
    void acceptsAnyUnicodeIncludingSpaces() {
        assertThat(policy.problem("Příliš žluťoučký kůň")).isEmpty();
        assertThat(policy.problem("horse staple ledge")).isEmpty();
    }

    @Test
    void normalizesToNfkc() {
        assertThat(PasswordPolicy.normalize("a\u0301")).isEqualTo("\u00E1");
        assertThat(PasswordPolicy.normalize("ﬁ")).isEqualTo("fi");
    }

    private static String distinctish(int codePoints) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        var text = new StringBuilder();
        for (int i = 0; i < codePoints; i++) {
            text.append(alphabet.charAt(i % alphabet.length()));
        }
        return text.toString();
    }
}
