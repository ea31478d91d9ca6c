package org.physioportal.platform.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) per limit and key, e.g. login attempts per IP address. Buckets live in
 * this node's memory and are forgotten after an idle hour; several nodes would share a Bucket4j
 * proxy store instead (see the README).
 */
@Component
@EnableConfigurationProperties(LimitsProperties.class)
public class RateLimiter {

    private final Map<String, LimitsProperties.Limit> limits;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterAccess(1, TimeUnit.HOURS)
            .build();

    RateLimiter(LimitsProperties properties) {
        this.limits = properties.limits();
    }

    /**
     * Takes one token from the bucket of {@code limit} for {@code key}.
     *
     * @throws TooManyRequestsException when the bucket is empty, with the seconds until a token returns
     */
    public void consume(String limit, String key) {
        LimitsProperties.Limit config = limits.get(limit);
        if (config == null) {
            throw new IllegalArgumentException("No rate limit named " + limit);
        }
        Bucket bucket = buckets.get(limit + '\u0000' + key, k -> newBucket(config));
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(
                    1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            throw new TooManyRequestsException(seconds);
        }
    }

    private static Bucket newBucket(LimitsProperties.Limit config) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(config.capacity())
                        .refillGreedy(config.capacity(), config.period())
                        .build())
                .build();
    }
}
