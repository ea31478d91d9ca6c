package org.physioportal.platform.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 22, item 4: whatever a client sends as a key, a bucket's key takes a bounded amount of memory. */
class RateLimiterTests {

    final RateLimiter limiter = new RateLimiter(
            new LimitsProperties(Map.of("login-account", new LimitsProperties.Limit(2, Duration.ofMinutes(15)))),
            new org.springframework.beans.factory.support.StaticListableBeanFactory()
                    .getBeanProvider(SharedBuckets.class));

    @Test
    void keysAreStoredInABoundedSizeHoweverLongTheyAre() {
        limiter.consume("login-account", "a".repeat(1_000_000) + "@test.example");
        limiter.consume("login-account", "short@test.example");
        assertThat(limiter.storedKeys())
                .hasSize(2)
                .allSatisfy(key -> assertThat(key.length()).isLessThanOrEqualTo(RateLimiter.MAX_STORED_KEY));
    }

    @Test
    void aLongKeyStillHasABucketOfItsOwn() {
        String a = "a".repeat(10_000);
        String b = "a".repeat(9_999) + "b";
        limiter.consume("login-account", a);
        limiter.consume("login-account", a);
        assertThatThrownBy(() -> limiter.consume("login-account", a)).isInstanceOf(TooManyRequestsException.class);
        limiter.consume("login-account", b);
    }
}
