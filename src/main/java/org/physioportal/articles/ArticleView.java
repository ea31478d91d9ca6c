package org.physioportal.articles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;

/** A published article in one language. */
public record ArticleView(
        long id,
        String groupKey,
        Lang lang,
        String slug,
        String title,
        String lead,
        String body,
        long authorId,
        Long reviewerId,
        String source,
        List<NewArticle.Reference> references,
        LocalDate reviewedAt,
        LocalDate nextReviewAt,
        List<Long> tutorialIds,
        List<Long> relatedIds,
        Set<Long> termIds,
        Instant publishedAt,
        Instant updatedAt) {

    /** Whether the text is past its next review date (in the clinic's time zone): readers get a calm notice. */
    public boolean reviewDue() {
        return nextReviewAt != null
                && nextReviewAt.isBefore(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Prague")));
    }

    public ContentRef ref() {
        return new ContentRef(ContentType.ARTICLE, id);
    }

    public String url() {
        return ContentType.ARTICLE.url(lang, slug);
    }

    /**
     * What a page of the article shows anyway: the exercises of its body's figures, its own
     * exercises and its related articles, so that no "might interest you" block repeats them.
     */
    public Set<ContentRef> shownWith(List<ContentRef> figures) {
        Set<ContentRef> shown = new HashSet<>(figures);
        tutorialIds.forEach(id -> shown.add(new ContentRef(ContentType.EXERCISE, id)));
        relatedIds.forEach(id -> shown.add(new ContentRef(ContentType.ARTICLE, id)));
        return shown;
    }

    /** The article as an editor saves it, in {@code status}: what it would take to save it again. */
    public NewArticle toNewArticle(Status status) {
        return new NewArticle(
                groupKey,
                lang,
                slug,
                title,
                lead,
                body,
                authorId,
                reviewerId,
                source,
                references,
                reviewedAt,
                nextReviewAt,
                tutorialIds,
                relatedIds,
                termIds,
                status,
                publishedAt);
    }
}
