package org.physioportal.platform.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) per limit and key, e.g. login attempts per IP address. Buckets live in
 * this node's memory and are forgotten after an idle hour; several nodes would share a Bucket4j
 * proxy store instead (see the README). A key is whatever a client sent (an address typed at login,
 * say), so a long one is kept as its SHA-256: a bucket's key never takes more than {@value
 * #MAX_STORED_KEY} characters, however long the key was.
 */
@Component
@EnableConfigurationProperties(LimitsProperties.class)
public class RateLimiter {

    /** The most characters a stored bucket key takes (limit name, separator and key or its hash). */
    static final int MAX_STORED_KEY = 96;

    private static final int MAX_PLAIN_KEY = 48;

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
        Bucket bucket = buckets.get(storedKey(limit, key), k -> newBucket(config));
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(
                    1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            throw new TooManyRequestsException(seconds);
        }
    }

    /** The keys of the buckets held now, for tests. */
    Set<String> storedKeys() {
        return Set.copyOf(buckets.asMap().keySet());
    }

    /** Short keys as they are (readable when debugging); long ones as a hash, marked by a prefix no short key has. */
    private static String storedKey(String limit, String key) {
        String k = key == null ? "" : key;
        String bounded = k.length() <= MAX_PLAIN_KEY && !k.startsWith("sha256:") ? k : "sha256:" + sha256(k);
        String stored = limit + '\u0000' + bounded;
        return stored.length() <= MAX_STORED_KEY ? stored : "sha256:" + sha256(stored);
    }

    private static String sha256(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
