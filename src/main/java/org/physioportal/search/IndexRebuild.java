package org.physioportal.search;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After start, compares each index with its table: an index that is empty while its table has rows
 * (deleted while the application was stopped, set aside as damaged, or never built because rows
 * came from elsewhere) is rebuilt in the background. Pages are served meanwhile; search results
 * are incomplete until the rebuild ends.
 *
 * <p>One rebuild at a time in the whole cluster: a rebuild holds the ShedLock row
 * {@value #LOCK} while it runs, so that nodes starting together on one shared (OpenSearch) index, or
 * two admins on two nodes, do not rebuild it twice. A node that dies mid-rebuild frees it after
 * {@link #LOCK_AT_MOST_FOR}.
 */
@Component
public class IndexRebuild {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);
    static final String LOCK = "search-index-rebuild";
    static final Duration LOCK_AT_MOST_FOR = Duration.ofHours(2);

    /** Where the last rebuild stands. */
    public enum State {
        IDLE,
        RUNNING,
        DONE,
        FAILED
    }

    private final EntityManagerFactory emf;
    private final TransactionTemplate transactions;
    private final LockProvider locks;
    private final AtomicReference<State> state = new AtomicReference<>(State.IDLE);
    private final ProgressMonitor progress = new ProgressMonitor();

    IndexRebuild(EntityManagerFactory emf, TransactionTemplate transactions, LockProvider locks) {
        this.emf = emf;
        this.transactions = transactions;
        this.locks = locks;
    }

    public State state() {
        return state.get();
    }

    /** Where the current or last rebuild stands, for the admin page. */
    public Progress progress() {
        return new Progress(state.get(), progress.done.sum(), progress.total.sum(), progress.tookMillis());
    }

    /** Documents indexed so far out of the rows to index, and how long the rebuild has taken. */
    public record Progress(State state, long done, long total, long millis) {

        public int percent() {
            return total == 0 ? (state == State.DONE ? 100 : 0) : (int) Math.min(100, done * 100 / total);
        }
    }

    /** Rebuilds every index from the database (the admin's "reindex everything"). */
    public boolean rebuildAll() {
        return rebuild(Search.mapping(emf).allIndexedEntities().stream()
                .<Class<?>>map(SearchIndexedEntity::javaClass)
                .toList());
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildWhatIsMissing() {
        List<Class<?>> missing = Search.mapping(emf).allIndexedEntities().stream()
                .filter(this::emptyButHasRows)
                .<Class<?>>map(SearchIndexedEntity::javaClass)
                .toList();
        if (!missing.isEmpty()) {
            rebuild(missing);
        }
    }

    private boolean emptyButHasRows(SearchIndexedEntity<?> entity) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            var em = emf.createEntityManager();
            try {
                long documents = Search.session(em)
                        .search(entity.javaClass())
                        .where(f -> f.matchAll())
                        .fetchTotalHitCount();
                long rows = em.createQuery("select count(e) from " + entity.jpaName() + " e", Long.class)
                        .getSingleResult();
                return documents == 0 && rows > 0;
            } finally {
                em.close();
            }
        }));
    }

    /**
     * Starts rebuilding the given types in the background; at most one rebuild at a time in the
     * cluster.
     *
     * @return false if a rebuild was already running, here or on another node
     */
    public boolean rebuild(List<Class<?>> types) {
        State before = state.getAndSet(State.RUNNING);
        if (before == State.RUNNING) {
            return false;
        }
        Optional<SimpleLock> lock = Optional.empty();
        try {
            lock = locks.lock(new LockConfiguration(Instant.now(), LOCK, LOCK_AT_MOST_FOR, Duration.ZERO));
            if (lock.isEmpty()) {
                state.set(before);
                log.warn("Search index rebuild not started: another node is rebuilding the index");
                return false;
            }
            massIndex(types, lock.get());
            return true;
        } catch (RuntimeException e) {
            state.set(State.FAILED);
            lock.ifPresent(IndexRebuild::unlock);
            throw e;
        }
    }

    private void massIndex(List<Class<?>> types, SimpleLock lock) {
        long start = System.nanoTime();
        progress.reset(start);
        log.warn("Search index rebuild for {}: from the database while pages are served", names(types));
        Search.mapping(emf)
                .scope(Object.class, types.stream().map(Class::getSimpleName).toList())
                .massIndexer()
                .threadsToLoadObjects(2)
                .monitor(progress)
                .start()
                .whenComplete((ok, failure) -> {
                    Duration took = Duration.ofNanos(System.nanoTime() - start);
                    progress.finished(System.nanoTime());
                    if (failure != null) {
                        state.set(State.FAILED);
                        log.error("Search index rebuild failed after {} ms", took.toMillis(), failure);
                    } else {
                        state.set(State.DONE);
                        log.info("Search index rebuilt in {} ms", took.toMillis());
                    }
                    unlock(lock);
                });
    }

    /** Frees the cluster's rebuild lock; a failure to do so only delays the next rebuild until the lock expires. */
    private static void unlock(SimpleLock lock) {
        try {
            lock.unlock();
        } catch (RuntimeException e) {
            log.warn("Could not free the search index rebuild lock (it expires by itself): {}", e.toString());
        }
    }

    /** Counts what the mass indexer reports; read by {@link #progress()} from other threads. */
    private static final class ProgressMonitor implements MassIndexingMonitor {
        private final LongAdder total = new LongAdder();
        private final LongAdder done = new LongAdder();
        private volatile long started;
        private volatile long finished;

        void reset(long now) {
            total.reset();
            done.reset();
            started = now;
            finished = 0;
        }

        void finished(long now) {
            finished = now;
        }

        long tookMillis() {
            if (started == 0) {
                return 0;
            }
            return Duration.ofNanos((finished == 0 ? System.nanoTime() : finished) - started)
                    .toMillis();
        }

        @Override
        public void addToTotalCount(long count) {
            total.add(count);
        }

        @Override
        public void documentsAdded(long count) {
            done.add(count);
        }

        @Override
        public void documentsBuilt(long count) {}

        @Override
        public void entitiesLoaded(long count) {}

        @Override
        public void indexingCompleted() {}
    }

    private static List<String> names(List<Class<?>> types) {
        return types.stream().map(Class::getSimpleName).toList();
    }
}
