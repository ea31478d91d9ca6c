package org.physioportal.articles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;

/** Articles for tests that need one saved through the API, as the demo loader or an import saves. */
public final class ArticleFixtures {

    private ArticleFixtures() {}

    /** An English article under {@code slug} (also its group key), without reviewer, references, links or terms. */
    public static NewArticle minimal(
            String slug, String title, String lead, String body, long authorId, Status status, Instant publishedAt) {
        return new NewArticle(
                slug,
                Lang.EN,
                slug,
                title,
                lead,
                body,
                authorId,
                null,
                null,
                List.of(),
                null,
                null,
                List.of(),
                List.of(),
                Set.of(),
                status,
                publishedAt);
    }

    /** {@code a} in group {@code groupKey} and {@code lang}, with these tutorials, related articles and terms. */
    public static NewArticle linked(
            NewArticle a, String groupKey, Lang lang, List<Long> tutorials, List<Long> related, Set<Long> terms) {
        return new NewArticle(
                groupKey,
                lang,
                a.slug(),
                a.title(),
                a.lead(),
                a.body(),
                a.authorId(),
                a.reviewerId(),
                a.source(),
                a.references(),
                a.reviewedAt(),
                a.nextReviewAt(),
                tutorials,
                related,
                terms,
                a.status(),
                a.publishedAt());
    }

    /** {@code a} reviewed by {@code reviewerId} on {@code reviewedAt}, next due on {@code nextReviewAt}. */
    public static NewArticle reviewed(NewArticle a, Long reviewerId, LocalDate reviewedAt, LocalDate nextReviewAt) {
        return new NewArticle(
                a.groupKey(),
                a.lang(),
                a.slug(),
                a.title(),
                a.lead(),
                a.body(),
                a.authorId(),
                reviewerId,
                a.source(),
                a.references(),
                reviewedAt,
                nextReviewAt,
                a.tutorialIds(),
                a.relatedIds(),
                a.termIds(),
                a.status(),
                a.publishedAt());
    }
}
