package org.physioportal.accounts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizingPasswordEncoderTests {

    private final NormalizingPasswordEncoder encoder = new NormalizingPasswordEncoder();

    @Test
    void hashesWithArgon2id() {
        assertThat(encoder.encode("Příliš žluťoučký kůň")).startsWith("$argon2id$");
    }

    @Test
    void matchesOnlyTheSamePassword() {
        String hash = encoder.encode("kv7#mRtq horse");

        assertThat(encoder.matches("kv7#mRtq horse", hash)).isTrue();
        assertThat(encoder.matches("kv7#mRtq Horse", hash)).isFalse();
        assertThat(encoder.matches("", hash)).isFalse();
        assertThat(encoder.matches(null, hash)).isFalse();
    }

    @Test
    void composedAndDecomposedAccentsMatchTheSameHash() {
        String composed = "pl\u00E1\u010Fsky kůň";
        String decomposed = "pla\u0301d\u030Csky ku\u030An\u030C";
        assertThat(composed).isNotEqualTo(decomposed);

        assertThat(encoder.matches(decomposed, encoder.encode(composed))).isTrue();
        assertThat(encoder.matches(composed, encoder.encode(decomposed))).isTrue();
    }

    @Test
    void saltsEachEncoding() {
        String first = encoder.encode("kv7#mRtq horse");
        String second = encoder.encode("kv7#mRtq horse");

        assertThat(first).isNotEqualTo(second);
        assertThat(encoder.matches("kv7#mRtq horse", second)).isTrue();
    }

    @Test
    void followsTheArgon2EncoderForNullAndCurrentHashes() {
        assertThat(encoder.encode(null)).isNull();
        assertThat(encoder.upgradeEncoding(encoder.encode("kv7#mRtq horse"))).isFalse();
    }
}
