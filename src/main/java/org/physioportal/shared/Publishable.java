package org.physioportal.shared;

import jakarta.persistence.Convert;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What articles, exercises and videos share: one language version of a translation group, with a
 * slug unique in its language and an editorial status. Readers see it only when published and due.
 */
@MappedSuperclass
public abstract class Publishable implements SearchDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String groupKey;

    @Convert(converter = LangConverter.class)
    private Lang lang;

    private String slug;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant publishedAt;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private int version;

    /** The record's fields with no column here, by name (see {@link ContentFields}). */
    @Convert(converter = DetailsConverter.class)
    private Map<String, Object> details = new LinkedHashMap<>();

    protected Publishable() {}

    protected Publishable(String groupKey, Lang lang) {
        this.groupKey = groupKey;
        this.lang = lang;
        this.createdAt = Instant.now();
    }

    /** Sets the slug and status; publishing without a date publishes now. */
    protected void setPublication(String slug, Status status, Instant publishedAt) {
        this.slug = slug;
        this.status = status;
        this.publishedAt = status == Status.PUBLISHED && publishedAt == null ? Instant.now() : publishedAt;
        this.updatedAt = Instant.now();
    }

    /** Keeps the record's fields that have no column here in the item's details. */
    protected void keepDetails(ContentRecord content) {
        this.details = ContentFields.details((Record) content, getClass());
    }

    /** The item as its module's record: its columns by field name, the rest from its details. */
    protected <C extends ContentRecord> C contentAs(Class<C> type) {
        return type.cast(ContentFields.read(this, type.asSubclass(Record.class), details, this::recordValue));
    }

    /** A stored field's value as the record has it; a type whose column holds something else converts it. */
    protected Object recordValue(String field, Object stored) {
        return stored;
    }

    /**
     * Marks a change that readers do not see (a draft kept above the published version): the version
     * moves on at the next flush, so forms loaded before it are stale.
     */
    void touched() {
        this.updatedAt = Instant.now();
    }

    /** When the item's text is due for its next review; only articles have one. */
    public java.time.LocalDate nextReviewAt() {
        return null;
    }

    public boolean isVisibleAt(Instant now) {
        return status == Status.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
    }

    public Long id() {
        return id;
    }

    public String groupKey() {
        return groupKey;
    }

    public Lang lang() {
        return lang;
    }

    public String slug() {
        return slug;
    }

    public Status status() {
        return status;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }
}
