package org.physioportal.editorial.domain;

import java.util.List;
import java.util.Optional;
import org.physioportal.shared.ContentType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RevisionRepository extends JpaRepository<Revision, Long> {

    List<Revision> findByContentTypeAndContentIdOrderByNumberDesc(ContentType type, long contentId);

    Optional<Revision> findByContentTypeAndContentIdAndNumber(ContentType type, long contentId, int number);

    Optional<Revision> findFirstByContentTypeAndContentIdOrderByNumberDesc(ContentType type, long contentId);

    Optional<Revision> findFirstByContentTypeAndContentIdAndActionInOrderByNumberDesc(
            ContentType type, long contentId, java.util.Collection<RevisionAction> actions);

    @Query("select distinct r.contentId from Revision r where r.contentType = :type and r.authorId = :authorId")
    List<Long> contentIdsByAuthor(ContentType type, long authorId);
}
