package org.physioportal.editorial.web;

import java.time.Instant;
import java.util.Optional;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;

/** One content type as the back office edits it, saving only through its module's API. */
interface ContentKind<F extends ContentForm> {

    ContentType type();

    Class<F> formClass();

    /** The item with its form filled in (version included), in any status. */
    Optional<Stored<F>> load(long id);

    Optional<Long> idOf(String groupKey, Lang lang);

    /** Saves a new draft; refuses a slug another item of the type uses. */
    long create(F form);

    /** Saves over {@code version}; refuses a stale version or a slug in use. */
    void update(long id, int version, F form, Status status, Instant publishedAt);

    /** A stored item: its state and its form. */
    record Stored<F>(long id, int version, Status status, Instant publishedAt, F form) {

        public String title() {
            return ((ContentForm) form).displayTitle();
        }
    }
}
