package org.physioportal.videos.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.physioportal.shared.ContentEntity;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Publishable;
import org.physioportal.shared.SearchDocument;
import org.physioportal.shared.SearchFields;
import org.physioportal.videos.NewVideo;
import org.physioportal.videos.VideoKind;

@Entity
@Indexed(index = "video")
@TypeBinding(
        binder =
                @TypeBinderRef(
                        type = SearchFields.Binder.class,
                        params = @Param(name = SearchFields.TEXT_PROPERTIES, value = "title,description")))
public class Video extends Publishable implements SearchDocument, ContentEntity<NewVideo> {

    private String title;

    private String description;

    @Enumerated(EnumType.STRING)
    private VideoKind kind;

    private int durationSeconds;
    private Long fileId;
    private Long posterId;
    private Long captionsId;
    private String embedUrl;
    private Long exerciseId;

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "video_term", joinColumns = @JoinColumn(name = "video_id"))
    @Column(name = "term_id")
    private Set<Long> termIds = new HashSet<>();

    protected Video() {}

    public Video(String groupKey, Lang lang) {
        super(groupKey, lang);
    }

    @Override
    public NewVideo content() {
        return contentAs(NewVideo.class);
    }

    @Override
    public void apply(NewVideo v) {
        setPublication(v.slug(), v.status(), v.publishedAt());
        title = v.title();
        description = v.description();
        kind = v.kind();
        durationSeconds = v.durationSeconds();
        fileId = v.fileId();
        posterId = v.posterId();
        captionsId = v.captionsId();
        embedUrl = v.embedUrl();
        exerciseId = v.exerciseId();
        termIds.clear();
        termIds.addAll(v.termIds() == null ? Set.of() : v.termIds());
        keepDetails(v);
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public VideoKind kind() {
        return kind;
    }

    public int durationSeconds() {
        return durationSeconds;
    }

    public Long fileId() {
        return fileId;
    }

    public Long posterId() {
        return posterId;
    }

    public Long captionsId() {
        return captionsId;
    }

    public String embedUrl() {
        return embedUrl;
    }

    public Long exerciseId() {
        return exerciseId;
    }

    public Set<Long> termIds() {
        return termIds;
    }

    @Override
    public ContentType type() {
        return ContentType.VIDEO;
    }

    @Override
    public String searchTitle() {
        return title;
    }

    @Override
    public String searchSummary() {
        return description;
    }

    @Override
    public String searchBody() {
        return null;
    }
}
