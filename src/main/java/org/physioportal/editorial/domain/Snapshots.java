package org.physioportal.editorial.domain;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import org.physioportal.shared.ContentRecord;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A revision keeps its content module's record (an article's {@code NewArticle}, ...), written as
 * JSON of the record's components with a schema version. Reading is strict: a property the record no
 * longer has, or a missing one, fails loudly instead of being dropped, so renaming a component cannot
 * silently lose history; such a change raises {@link #SCHEMA} and adds an upgrade migration.
 */
@Component
public class Snapshots {

    /** The schema of snapshots written now; 0 was the web form as JSON (converted by migration 10). */
    public static final int SCHEMA = 1;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .changeDefaultVisibility(visibility -> visibility
                    .withVisibility(PropertyAccessor.ALL, Visibility.NONE)
                    .withVisibility(PropertyAccessor.FIELD, Visibility.ANY)
                    .withVisibility(PropertyAccessor.CREATOR, Visibility.ANY))
            .build();

    public String write(ContentRecord content) {
        return JSON.writeValueAsString(content);
    }

    public <C extends ContentRecord> C read(Revision revision, Class<C> type) {
        if (revision.schemaVersion() != SCHEMA) {
            throw new IllegalStateException("revision " + revision.number() + " of " + revision.contentId()
                    + " has snapshot schema " + revision.schemaVersion() + "; no upgrade to " + SCHEMA);
        }
        return JSON.readValue(revision.snapshot(), type);
    }
}
