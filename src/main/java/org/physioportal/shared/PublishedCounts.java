package org.physioportal.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * How many items of a type are published in a language, for the pager of the listing pages and the
 * home page ({@link #page}). Counting 50,000 published articles took PostgreSQL ~12 ms, more than the rest of a
 * listing page; a count is kept until an item of its type changes ({@link ContentChanged}, which is
 * also sent when a scheduled item goes live, and announced to the other nodes with the postgres
 * profile) and for at most {@value #SECONDS} s, a safety net for a change whose announcement was lost.
 */
@Component
public class PublishedCounts {

    static final int SECONDS = 30;

    private record Key(ContentType type, Lang lang) {}

    private final Cache<Key, Long> counts =
            Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(SECONDS)).build();

    /** Moves on with every change of the type, so that a count taken across a change is not kept. */
    private final Map<ContentType, AtomicLong> generations = new EnumMap<>(ContentType.class);

    public PublishedCounts() {
        for (ContentType type : ContentType.values()) {
            generations.put(type, new AtomicLong());
        }
    }

    /** The remembered count, or {@code count}'s answer (asked outside any lock), remembered. */
    public long of(ContentType type, Lang lang, LongSupplier count) {
        Key key = new Key(type, lang);
        Long known = counts.getIfPresent(key);
        if (known != null) {
            return known;
        }
        AtomicLong generation = generations.get(type);
        long before = generation.get();
        long counted = count.getAsLong();
        counts.put(key, counted);
        if (generation.get() != before) {
            counts.invalidate(key); // a change committed while counting: count again next time
        }
        return counted;
    }

    /**
     * A page of the items of {@code type} published in the language, newest first, with the
     * remembered count of all of them; {@code teasers} turns the page's items into teasers.
     */
    public <T extends Publishable> PageResult<Teaser> page(
            ContentType type,
            PublishableRepository<T> items,
            Lang lang,
            PageParams params,
            Function<List<T>, List<Teaser>> teasers) {
        Instant now = Instant.now();
        List<T> page = items.findVisible(lang, now, PageRequest.of(params.page() - 1, params.size()));
        long total = of(type, lang, () -> items.countVisible(lang, now));
        return new PageResult<>(teasers.apply(page), params.page(), params.size(), total);
    }

    /**
     * After the change has committed, and before the page cache is emptied (so that no page is cached
     * again with the old count): the counts of its type are counted again when next asked for.
     */
    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(ContentChanged changed) {
        forget(changed.ref().type());
    }

    /** The counts of {@code type} are counted again when next asked for (also for a change on another node). */
    public void forget(ContentType type) {
        generations.get(type).incrementAndGet();
        counts.asMap().keySet().removeIf(key -> key.type() == type);
    }
}
