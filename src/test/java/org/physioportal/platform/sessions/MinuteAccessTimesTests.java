package org.physioportal.platform.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;

/** A session's access time moves by the minute, and the stored session is what gets saved. */
class MinuteAccessTimesTests {

    static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void theAccessTimeMovesOnlyOnceItIsAMinuteOld() {
        MapSession stored = new MapSession();
        stored.setLastAccessedTime(T0);
        var session = new MinuteAccessTimes.MinuteSession(stored);

        session.setLastAccessedTime(T0.plusSeconds(59));
        assertThat(stored.getLastAccessedTime()).isEqualTo(T0);

        session.setLastAccessedTime(T0.plusSeconds(60));
        assertThat(stored.getLastAccessedTime()).isEqualTo(T0.plusSeconds(60));
        assertThat(session.getLastAccessedTime()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void anIdleSessionStillExpiresWithinAMinuteOfItsTimeout() {
        MapSession stored = new MapSession();
        stored.setMaxInactiveInterval(Duration.ofMinutes(30));
        stored.setLastAccessedTime(Instant.now().minus(Duration.ofMinutes(30)).minusSeconds(1));
        var session = new MinuteAccessTimes.MinuteSession(stored);
        assertThat(session.isExpired()).isTrue();
    }

    @Test
    void theRepositorySavesFindsAndDeletesTheStoredSessions() {
        var repository = new MinuteAccessTimes.Repository(new InMemory());
        var session = repository.createSession();
        session.setAttribute("who", "patient");
        repository.save(session);

        var found = repository.findById(session.getId());
        assertThat(found.<String>getAttribute("who")).isEqualTo("patient");
        assertThat(repository.findByIndexNameAndIndexValue(
                        FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "patient"))
                .containsOnlyKeys(session.getId());

        repository.deleteById(session.getId());
        assertThat(repository.findById(session.getId())).isNull();
    }

    @Test
    void theReadBackRightAfterASaveIsTheSavedSessionAndOnlyOnce() {
        var store = new InMemory();
        var repository = new MinuteAccessTimes.Repository(store);
        var session = repository.findById(stored(store).getId());
        repository.save(session);
        // changed in the store meanwhile (another node): the read back does not ask it, later reads do
        var elsewhere = new MapSession(session.getId());
        elsewhere.setAttribute("who", "logged in elsewhere");
        store.sessions.put(session.getId(), elsewhere);

        assertThat(repository.findById(session.getId())).isSameAs(session);
        assertThat(repository.findById(session.getId()).<String>getAttribute("who"))
                .isEqualTo("logged in elsewhere");
    }

    @Test
    void aSavedSessionNeverAnswersForAnotherOrAfterADelete() {
        var store = new InMemory();
        var repository = new MinuteAccessTimes.Repository(store);
        var first = repository.findById(stored(store).getId());
        var second = repository.findById(stored(store).getId());
        repository.save(first);
        repository.save(second);
        var firstAgain = repository.findById(first.getId());
        assertThat(firstAgain).isNotSameAs(first).isNotSameAs(second);
        assertThat(firstAgain.getId()).isEqualTo(first.getId());
        var secondAgain = repository.findById(second.getId());
        assertThat(secondAgain).as("the memo is used once at most").isNotSameAs(second);
        assertThat(secondAgain.getId()).isEqualTo(second.getId());

        repository.save(first);
        repository.deleteById(first.getId());
        assertThat(repository.findById(first.getId())).isNull();

        repository.save(second);
        var onAnotherThread = new java.util.concurrent.atomic.AtomicReference<Session>();
        Thread other = Thread.ofVirtual().start(() -> onAnotherThread.set(repository.findById(second.getId())));
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> other.join());
        assertThat(onAnotherThread.get()).isNotNull().isNotSameAs(second);
    }

    @Test
    void aSessionCreatedInTheRequestIsNotKeptForALaterRequest() {
        var store = new InMemory();
        var repository = new MinuteAccessTimes.Repository(store);
        var created = repository.createSession();
        repository.save(created); // a request without a session cookie: nothing reads it back
        var elsewhere = new MapSession(created.getId());
        elsewhere.setAttribute("who", "changed on another node");
        store.sessions.put(created.getId(), elsewhere);

        assertThat(repository.findById(created.getId()).<String>getAttribute("who"))
                .isEqualTo("changed on another node");
    }

    private static Session stored(InMemory store) {
        var session = new MapSession();
        store.sessions.put(session.getId(), session);
        return session;
    }

    @Test
    void onlyTheJdbcRepositoryIsWrapped() {
        Object other = new Object();
        assertThat(new MinuteAccessTimes().postProcessAfterInitialization(other, "other"))
                .isSameAs(other);
    }

    /** Sessions in a map, indexed by their "who" attribute as the principal's name. */
    static final class InMemory implements FindByIndexNameSessionRepository<Session> {

        final Map<String, Session> sessions = new ConcurrentHashMap<>();

        @Override
        public Session createSession() {
            return new MapSession();
        }

        @Override
        public void save(Session session) {
            // the JDBC repository casts to its own session type: it must get the stored one, never the wrapper
            assertThat(session).isInstanceOf(MapSession.class);
            sessions.put(session.getId(), session);
        }

        @Override
        public Session findById(String id) {
            return sessions.get(id);
        }

        @Override
        public void deleteById(String id) {
            sessions.remove(id);
        }

        @Override
        public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            Map<String, Session> found = new ConcurrentHashMap<>();
            sessions.forEach((id, s) -> {
                if (indexValue.equals(s.getAttribute("who"))) {
                    found.put(id, s);
                }
            });
            return found;
        }
    }
}
