package org.physioportal.articles.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.physioportal.articles.NewArticle;
import org.physioportal.shared.ContentEntity;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Markdown;
import org.physioportal.shared.Publishable;
import org.physioportal.shared.SearchDocument;
import org.physioportal.shared.SearchFields;

@Entity
@Indexed(index = "article")
@TypeBinding(
        binder =
                @TypeBinderRef(
                        type = SearchFields.Binder.class,
                        params = @Param(name = SearchFields.TEXT_PROPERTIES, value = "title,lead,body")))
public class Article extends Publishable implements SearchDocument, ContentEntity<NewArticle> {

    private String title;

    private String lead;

    private String body;

    private long authorId;
    private Long reviewerId;
    private String source;
    private LocalDate reviewedAt;
    private LocalDate nextReviewAt;

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "article_reference", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    private List<Reference> references = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "article_tutorial", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "exercise_id")
    private List<Long> tutorialIds = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "article_related", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "related_id")
    private List<Long> relatedIds = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "article_term", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "term_id")
    private Set<Long> termIds = new HashSet<>();

    protected Article() {}

    public Article(String groupKey, Lang lang) {
        super(groupKey, lang);
    }

    @Override
    public void apply(NewArticle a) {
        setPublication(a.slug(), a.status(), a.publishedAt());
        title = a.title();
        lead = a.lead();
        body = a.body();
        authorId = a.authorId();
        reviewerId = a.reviewerId();
        source = a.source();
        reviewedAt = a.reviewedAt();
        nextReviewAt = a.nextReviewAt();
        replace(
                references,
                a.references() == null
                        ? List.of()
                        : a.references().stream()
                                .map(r -> new Reference(r.text(), r.url()))
                                .toList());
        replace(tutorialIds, a.tutorialIds());
        replace(relatedIds, a.relatedIds());
        termIds.clear();
        termIds.addAll(a.termIds() == null ? Set.of() : a.termIds());
        keepDetails(a);
    }

    @Override
    public NewArticle content() {
        return contentAs(NewArticle.class);
    }

    @Override
    protected Object recordValue(String field, Object stored) {
        return field.equals("references")
                ? references.stream()
                        .map(r -> new NewArticle.Reference(r.text(), r.url()))
                        .toList()
                : stored;
    }

    private static <T> void replace(List<T> target, List<T> values) {
        target.clear();
        target.addAll(values == null ? List.of() : values);
    }

    public String title() {
        return title;
    }

    public String lead() {
        return lead;
    }

    public String body() {
        return body;
    }

    public long authorId() {
        return authorId;
    }

    public Long reviewerId() {
        return reviewerId;
    }

    public String source() {
        return source;
    }

    public LocalDate reviewedAt() {
        return reviewedAt;
    }

    @Override
    public LocalDate nextReviewAt() {
        return nextReviewAt;
    }

    public List<Reference> references() {
        return references;
    }

    public List<Long> tutorialIds() {
        return tutorialIds;
    }

    public List<Long> relatedIds() {
        return relatedIds;
    }

    public Set<Long> termIds() {
        return termIds;
    }

    @Override
    public ContentType type() {
        return ContentType.ARTICLE;
    }

    @Override
    public String searchTitle() {
        return title;
    }

    @Override
    public String searchSummary() {
        return lead;
    }

    @Override
    public String searchBody() {
        return Markdown.toPlainText(body);
    }
}
