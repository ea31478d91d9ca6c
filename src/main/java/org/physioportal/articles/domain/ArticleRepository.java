package org.physioportal.articles.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.physioportal.shared.Lang;
import org.physioportal.shared.PublishableRepository;
import org.springframework.data.jpa.repository.Query;

public interface ArticleRepository extends PublishableRepository<Article> {

    /** Articles whose body embeds the text, e.g. a picture's {@code {{picture 12}}}. */
    List<Article> findByBodyContaining(String text);

    String VISIBLE = "a.status = org.physioportal.shared.Status.PUBLISHED and a.publishedAt <= :now";

    @Query("select a from Article a where a.lang = :lang and a.authorId = :authorId and " + VISIBLE
            + " order by a.publishedAt desc")
    List<Article> findVisibleByAuthor(Lang lang, long authorId, Instant now);

    @Query("""
            select distinct a from Article a join a.termIds t
            where a.lang = :lang and t in :termIds and\s""" + VISIBLE + " order by a.publishedAt desc, a.id desc")
    List<Article> findVisibleByTerms(Lang lang, Collection<Long> termIds, Instant now);

    /** Live articles whose next review date has passed, the longest overdue first. */
    List<Article> findByNextReviewAtBeforeAndStatusNotOrderByNextReviewAtAscIdAsc(
            java.time.LocalDate day,
            org.physioportal.shared.Status status,
            org.springframework.data.domain.Limit limit);
}
