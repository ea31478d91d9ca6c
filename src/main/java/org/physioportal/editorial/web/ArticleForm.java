package org.physioportal.editorial.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.physioportal.articles.NewArticle;
import org.physioportal.shared.Status;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The article form, also the snapshot kept with each revision (as JSON). References are one per
 * line, "text | https://address" or just the text.
 */
public class ArticleForm extends ContentForm {

    @NotBlank(message = "{editorial.error.required}")
    @Size(max = 200, message = "{editorial.error.too-long}")
    private String title;

    @NotBlank(message = "{editorial.error.required}")
    @Size(max = 2000, message = "{editorial.error.too-long}")
    private String lead;

    @NotBlank(message = "{editorial.error.required}")
    @Size(max = 200_000, message = "{editorial.error.too-long}")
    private String body;

    @NotNull(message = "{editorial.error.required}")
    private Long authorId;

    private Long reviewerId;

    @Size(max = 1000, message = "{editorial.error.too-long}")
    private String source;

    @Size(max = 50_000, message = "{editorial.error.too-long}")
    private String references;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reviewedAt;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate nextReviewAt;

    private List<Long> tutorialIds = new ArrayList<>();
    private List<Long> relatedIds = new ArrayList<>();

    static ArticleForm of(NewArticle a) {
        var form = new ArticleForm();
        form.groupKey = a.groupKey();
        form.language = a.lang();
        form.slug = a.slug();
        form.title = a.title();
        form.lead = a.lead();
        form.body = a.body();
        form.authorId = a.authorId();
        form.reviewerId = a.reviewerId();
        form.source = a.source();
        form.references = String.join(
                "\n",
                a.references().stream()
                        .map(r -> r.url() == null || r.url().isBlank() ? r.text() : r.text() + " | " + r.url())
                        .toList());
        form.reviewedAt = a.reviewedAt();
        form.nextReviewAt = a.nextReviewAt();
        form.tutorialIds = new ArrayList<>(a.tutorialIds());
        form.relatedIds = new ArrayList<>(a.relatedIds());
        form.termIds = new LinkedHashSet<>(a.termIds());
        return form;
    }

    @Override
    NewArticle toContent(Status status, Instant publishedAt) {
        return new NewArticle(
                groupKey,
                language,
                slug,
                title.strip(),
                lead.strip(),
                body,
                authorId,
                reviewerId,
                blankToNull(source),
                parsedReferences(),
                reviewedAt,
                nextReviewAt,
                List.copyOf(tutorialIds),
                List.copyOf(relatedIds),
                Set.copyOf(termIds),
                status,
                publishedAt);
    }

    List<NewArticle.Reference> parsedReferences() {
        if (references == null || references.isBlank()) {
            return List.of();
        }
        return references
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> {
                    int bar = line.lastIndexOf('|');
                    return bar < 0
                            ? new NewArticle.Reference(line, null)
                            : new NewArticle.Reference(
                                    line.substring(0, bar).strip(),
                                    blankToNull(line.substring(bar + 1).strip()));
                })
                .toList();
    }

    @AssertTrue(message = "{editorial.error.references}")
    public boolean isReferencesValid() {
        try {
            return parsedReferences().stream()
                    .allMatch(r -> !r.text().isEmpty()
                            && r.text().length() <= 1000
                            && (r.url() == null
                                    || r.url().length() <= 500 && r.url().matches("https?://\\S+")));
        } catch (RuntimeException e) {
            return false;
        }
    }

    @AssertTrue(message = "{editorial.error.review-order}")
    public boolean isNextReviewValid() {
        return reviewedAt == null || nextReviewAt == null || nextReviewAt.isAfter(reviewedAt);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // --- bean accessors for binding, templates and JSON

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLead() {
        return lead;
    }

    public void setLead(String lead) {
        this.lead = lead;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public void setAuthorId(Long authorId) {
        this.authorId = authorId;
    }

    public Long getReviewerId() {
        return reviewerId;
    }

    public void setReviewerId(Long reviewerId) {
        this.reviewerId = reviewerId;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getReferences() {
        return references;
    }

    public void setReferences(String references) {
        this.references = references;
    }

    public LocalDate getReviewedAt() {
        return reviewedAt;
    }

    public void setReviewedAt(LocalDate reviewedAt) {
        this.reviewedAt = reviewedAt;
    }

    public LocalDate getNextReviewAt() {
        return nextReviewAt;
    }

    public void setNextReviewAt(LocalDate nextReviewAt) {
        this.nextReviewAt = nextReviewAt;
    }

    public List<Long> getTutorialIds() {
        return tutorialIds;
    }

    public void setTutorialIds(List<Long> tutorialIds) {
        this.tutorialIds = tutorialIds == null ? new ArrayList<>() : tutorialIds;
    }

    public List<Long> getRelatedIds() {
        return relatedIds;
    }

    public void setRelatedIds(List<Long> relatedIds) {
        this.relatedIds = relatedIds == null ? new ArrayList<>() : relatedIds;
    }
}
