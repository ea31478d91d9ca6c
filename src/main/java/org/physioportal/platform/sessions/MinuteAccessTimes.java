package org.physioportal.platform.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Shared sessions (Spring Session JDBC, postgres profile) without a database write on every request.
 * Spring Session sets a session's last access time on each request it reads, and a changed time is an
 * {@code UPDATE} and a commit: one write per page view of every logged-in person, which was most of a
 * session's cost on the patient's day. Here the time moves on only when it is at least {@link #STEP}
 * old, so a session is written at most once a minute unless its attributes change; a session may
 * therefore expire up to a minute before its exact idle timeout ({@code
 * server.servlet.session.timeout}, 8 hours here). The same trade-off as spring-session#3329 discusses.
 *
 * <p>Also spares the second read of every request: Spring Session's filter, having saved the session
 * at the end of a request, reads it back to decide whether to send the cookie again (spring-session
 * #1731, open). Here the read that directly follows a save of the same session on the same request
 * thread is answered with the session just saved; either answer sends the same cookie. A session
 * created in the request is not kept for a read back: its request came without a session cookie,
 * so nothing reads it back, and a later request must find it in the database.
 *
 * <p>Applied by wrapping the repository bean, so everything else (tables, clean-up, timeouts, the
 * session filter and its cookie) stays as Spring Boot configures it.
 */
@Component
class MinuteAccessTimes implements BeanPostProcessor {

    static final Duration STEP = Duration.ofMinutes(1);

    @Override
    @SuppressWarnings("unchecked")
    public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof JdbcIndexedSessionRepository jdbc
                ? new Repository((FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) jdbc)
                : bean;
    }

    /** The JDBC repository, handing out sessions whose access time moves by the minute. */
    static final class Repository implements FindByIndexNameSessionRepository<MinuteSession> {

        /** How long a saved session answers the read back: the rest of its request, never a later one. */
        static final long READ_BACK_NANOS = Duration.ofSeconds(1).toNanos();

        private record Saved(MinuteSession session, long at) {}

        private final FindByIndexNameSessionRepository<Session> delegate;

        /** The session this thread saved last (requests run one a virtual thread, so one a request). */
        private final ThreadLocal<Saved> justSaved = new ThreadLocal<>();

        Repository(FindByIndexNameSessionRepository<Session> delegate) {
            this.delegate = delegate;
        }

        @Override
        public MinuteSession createSession() {
            return new MinuteSession(delegate.createSession(), true);
        }

        @Override
        public void save(MinuteSession session) {
            delegate.save(session.stored);
            if (session.created) {
                justSaved.remove();
            } else {
                justSaved.set(new Saved(session, System.nanoTime()));
            }
        }

        @Override
        public MinuteSession findById(String id) {
            Saved saved = justSaved.get();
            if (saved != null) {
                justSaved.remove();
                if (saved.session().getId().equals(id) && System.nanoTime() - saved.at() < READ_BACK_NANOS) {
                    return saved.session();
                }
            }
            Session found = delegate.findById(id);
            return found == null ? null : new MinuteSession(found);
        }

        @Override
        public void deleteById(String id) {
            justSaved.remove();
            delegate.deleteById(id);
        }

        @Override
        public Map<String, MinuteSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            Map<String, MinuteSession> found = new LinkedHashMap<>();
            delegate.findByIndexNameAndIndexValue(indexName, indexValue)
                    .forEach((id, session) -> found.put(id, new MinuteSession(session)));
            return found;
        }
    }

    /** A stored session whose last access time is only moved on once it is a minute old. */
    static final class MinuteSession implements Session {

        private final Session stored;

        /** Created in this request (never read from the store). */
        private final boolean created;

        MinuteSession(Session stored) {
            this(stored, false);
        }

        MinuteSession(Session stored, boolean created) {
            this.stored = stored;
            this.created = created;
        }

        @Override
        public void setLastAccessedTime(Instant time) {
            if (!time.isBefore(stored.getLastAccessedTime().plus(STEP))) {
                stored.setLastAccessedTime(time);
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return stored.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            stored.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            stored.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
