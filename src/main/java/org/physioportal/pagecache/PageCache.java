package org.physioportal.pagecache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Stored anonymous pages by address, bounded by bytes (Caffeine's size-aware eviction keeps the
 * pages asked for most). A change anywhere makes every stored page stale at once ({@link
 * #invalidateAll()} moves the generation on): a stale page is rendered again before it is sent, and
 * if it comes out the same apart from its script nonce it keeps its bytes and validators, so that
 * browsers and CDNs holding it still get 304s.
 */
class PageCache {

    /** What the cache has done since start (or the last {@link #clear()}). */
    record Stats(long hits, long misses, long stored, long confirmed, long notModified) {}

    private final Cache<String, CachedPage> pages;
    private final AtomicLong generation = new AtomicLong();
    private final long timeToLiveNanos;
    private final long maxEntryBytes;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder stored = new LongAdder();
    private final LongAdder confirmed = new LongAdder();
    private final LongAdder notModified = new LongAdder();

    PageCache(PageCacheProperties properties) {
        long maxBytes = properties.maxSize().toBytes();
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, CachedPage page) -> page.weight(key))
                .build();
        this.timeToLiveNanos = properties.timeToLive().toNanos();
        this.maxEntryBytes = Math.max(1, maxBytes / 16);
    }

    /** The generation a rendering starts in; a page rendered before a change is stale at once. */
    long generation() {
        return generation.get();
    }

    /** The stored page, if nothing has changed since it was rendered and it is not too old; else null. */
    CachedPage fresh(String key) {
        CachedPage page = pages.getIfPresent(key);
        boolean fresh = page != null
                && page.generation() == generation.get()
                && System.nanoTime() - page.verifiedAt() < timeToLiveNanos;
        (fresh ? hits : misses).increment();
        return fresh ? page : null;
    }

    /**
     * Keeps a page rendered in {@code renderedIn} and returns what to send: the stored page when the
     * new rendering is the same page (it then counts as verified again), else the new one. A
     * rendering that started before the stored page's is sent but not kept.
     */
    CachedPage store(String key, CachedPage rendered, long renderedIn) {
        if (rendered.body().length > maxEntryBytes) {
            return rendered;
        }
        CachedPage previous = pages.getIfPresent(key);
        if (previous != null && previous.sameAs().equals(rendered.sameAs())) {
            CachedPage kept = previous.verified(renderedIn, rendered.verifiedAt());
            pages.put(key, kept);
            confirmed.increment();
            return kept;
        }
        if (previous != null && previous.generation() > renderedIn) {
            return rendered;
        }
        pages.put(key, rendered);
        stored.increment();
        return rendered;
    }

    void notModified() {
        notModified.increment();
    }

    /** Every stored page is stale from now on; pages still rendering are stale when they arrive. */
    void invalidateAll() {
        generation.incrementAndGet();
    }

    /** Forgets pages and counters (for tests). */
    void clear() {
        pages.invalidateAll();
        invalidateAll();
        hits.reset();
        misses.reset();
        stored.reset();
        confirmed.reset();
        notModified.reset();
    }

    Stats stats() {
        return new Stats(hits.sum(), misses.sum(), stored.sum(), confirmed.sum(), notModified.sum());
    }
}
