package org.physioportal.platform.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.BucketNotFoundException;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Token buckets (Bucket4j) per limit and key, e.g. login attempts per IP address. On one machine the
 * buckets live in this node's memory and are forgotten after an idle hour; with the postgres profile
 * they live in the database ({@link SharedBuckets}), so that every node takes from the same bucket
 * and the limits hold however many nodes run. A key is whatever a client sent (an address typed at
 * login, say), so a long one is kept as its SHA-256: a local bucket's key never takes more than
 * {@value #MAX_STORED_KEY} characters, and a shared one is always the limit and a hash.
 *
 * <p>A shared bucket is taken from through Bucket4j's batching optimization: requests for the same
 * key that arrive while its row is being updated wait and are then served by one database round
 * trip together. Exact (no token is taken twice or lost), and one busy key (every API client behind
 * one address) no longer queues its requests one by one on the row's lock.
 */
@Component
@EnableConfigurationProperties(LimitsProperties.class)
public class RateLimiter {

    /** The most characters a stored bucket key takes (limit name, separator and key or its hash). */
    static final int MAX_STORED_KEY = 96;

    private static final int MAX_PLAIN_KEY = 48;

    private final Map<String, LimitsProperties.Limit> limits;
    private final ProxyManager<String> shared;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterAccess(1, TimeUnit.HOURS)
            .build();
    /** Shared buckets' proxies: the batching lives in the proxy, so the same one serves a key's requests. */
    private final Cache<String, BucketProxy> proxies = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterAccess(10, TimeUnit.MINUTES)
            .build();

    RateLimiter(LimitsProperties properties, ObjectProvider<SharedBuckets> shared) {
        this.limits = properties.limits();
        SharedBuckets store = shared.getIfAvailable();
        this.shared = store == null ? null : store.proxies();
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
        ConsumptionProbe probe = shared == null
                ? buckets.get(storedKey(limit, key), k -> newBucket(config)).tryConsumeAndReturnRemaining(1)
                : takeShared(sharedKey(limit, key), config);
        if (!probe.isConsumed()) {
            long seconds = Math.max(
                    1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
            throw new TooManyRequestsException(seconds);
        }
    }

    private ConsumptionProbe takeShared(String key, LimitsProperties.Limit config) {
        BucketProxy batched = proxies.get(
                key,
                k -> shared.builder().withOptimization(Optimizations.batching()).build(k, () -> configuration(config)));
        try {
            return batched.tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            if (!missingRow(e)) {
                throw e;
            }
            // Bucket4j 8.14: a batch of several requests that meets no row (a new key, or a row
            // deleted as expired) fails instead of creating it; nothing was taken, so take again
            // without batching, which creates the row
            return shared.builder().build(key, () -> configuration(config)).tryConsumeAndReturnRemaining(1);
        }
    }

    private static boolean missingRow(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BucketNotFoundException) {
                return true;
            }
        }
        return false;
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

    /** The limit's name and a hash of the key: a bounded row key that stores no address or e-mail. */
    static String sharedKey(String limit, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((key == null ? "" : key).getBytes(StandardCharsets.UTF_8));
            return limit + ':' + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Bucket newBucket(LimitsProperties.Limit config) {
        return Bucket.builder().addLimit(bandwidth(config)).build();
    }

    private static BucketConfiguration configuration(LimitsProperties.Limit config) {
        return BucketConfiguration.builder().addLimit(bandwidth(config)).build();
    }

    private static Bandwidth bandwidth(LimitsProperties.Limit config) {
        return Bandwidth.builder()
                .capacity(config.capacity())
                .refillGreedy(config.capacity(), config.period())
                .build();
    }
}
