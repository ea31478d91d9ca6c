package org.physioportal.editorial.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.physioportal.shared.ContentRecord;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;

/**
 * What every back-office content form has: its translation group, language, address, terms and
 * the version it was loaded at (for optimistic locking). Bean accessors for binding and templates;
 * revisions keep the module's record ({@link #toContent}), never the form.
 */
public abstract class ContentForm {

    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    protected String groupKey;

    @NotNull(message = "{editorial.error.required}")
    protected Lang language = Lang.EN;

    @NotBlank(message = "{editorial.error.required}")
    @Size(max = 160, message = "{editorial.error.too-long}")
    @Pattern(regexp = SLUG, message = "{editorial.error.slug}")
    protected String slug;

    protected Set<Long> termIds = new LinkedHashSet<>();

    protected Integer version;

    /** The content as its module's record, with the workflow's status and publication time. */
    abstract ContentRecord toContent(Status status, Instant publishedAt);

    public String getGroupKey() {
        return groupKey;
    }

    public void setGroupKey(String groupKey) {
        this.groupKey = groupKey;
    }

    public Lang getLanguage() {
        return language;
    }

    public void setLanguage(Lang language) {
        this.language = language;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug == null ? null : slug.strip();
    }

    public Set<Long> getTermIds() {
        return termIds;
    }

    public void setTermIds(Set<Long> termIds) {
        this.termIds = termIds == null ? new LinkedHashSet<>() : termIds;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
