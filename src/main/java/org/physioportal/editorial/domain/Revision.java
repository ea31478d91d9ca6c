package org.physioportal.editorial.domain;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.shared.LangConverter;
import org.physioportal.shared.Status;

/** One saved state of a content item: who saved it, when, why, and its content as its module's record. */
@Entity
@Table(name = "content_revision")
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ContentType contentType;

    private long contentId;
    private int number;

    @Convert(converter = LangConverter.class)
    private Lang lang;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Enumerated(EnumType.STRING)
    private RevisionAction action;

    private String title;
    private String snapshot;
    private Long authorId;
    private String authorName;
    private Instant createdAt;

    /** A draft kept above the published version: readers still see the published one. */
    private boolean pending;

    private int schemaVersion;

    protected Revision() {}

    Revision(
            ContentType contentType,
            long contentId,
            int number,
            Lang lang,
            Status status,
            RevisionAction action,
            String title,
            String snapshot,
            boolean pending,
            Editor author,
            Instant createdAt) {
        this.contentType = contentType;
        this.contentId = contentId;
        this.number = number;
        this.lang = lang;
        this.status = status;
        this.action = action;
        this.title = title;
        this.snapshot = snapshot;
        this.pending = pending;
        this.schemaVersion = Snapshots.SCHEMA;
        this.authorId = author == null ? null : author.id();
        this.authorName = author == null ? "—" : author.name();
        this.createdAt = createdAt;
    }

    /** A revision as read straight from the table (for checks of stored snapshots). */
    static Revision stored(String snapshot, int schemaVersion) {
        Revision revision = new Revision();
        revision.snapshot = snapshot;
        revision.schemaVersion = schemaVersion;
        return revision;
    }

    public int number() {
        return number;
    }

    public Status status() {
        return status;
    }

    public RevisionAction action() {
        return action;
    }

    public String title() {
        return title;
    }

    public String snapshot() {
        return snapshot;
    }

    public Long authorId() {
        return authorId;
    }

    public String authorName() {
        return authorName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean pending() {
        return pending;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public long contentId() {
        return contentId;
    }

    public Lang lang() {
        return lang;
    }
}
