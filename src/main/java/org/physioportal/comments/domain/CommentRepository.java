package org.physioportal.comments.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.physioportal.shared.ContentType;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface CommentRepository extends JpaRepository<Comment, Long> {

    /** One page of a page's top-level comments, newest first. */
    @Query("""
            select c from Comment c
            where c.targetType = :type and c.targetId = :id and c.parentId is null and c.status in :statuses
            order by c.createdAt desc, c.id desc""")
    List<Comment> findTopLevel(ContentType type, long id, Collection<CommentStatus> statuses, Pageable page);

    @Query("""
            select count(c) from Comment c
            where c.targetType = :type and c.targetId = :id and c.parentId is null and c.status in :statuses""")
    long countTopLevel(ContentType type, long id, Collection<CommentStatus> statuses);

    @Query("""
            select c from Comment c where c.parentId in :parentIds and c.status in :statuses
            order by c.createdAt, c.id""")
    List<Comment> findReplies(Collection<Long> parentIds, Collection<CommentStatus> statuses);

    /** Published comments per item: rows of (target id, count). */
    @Query("""
            select c.targetId, count(c) from Comment c
            where c.targetType = :type and c.targetId in :ids and c.status = :status
            group by c.targetId""")
    List<Object[]> countByTargets(ContentType type, Collection<Long> ids, CommentStatus status);

    /** At most {@code limit} of the author's comments in the status: enough to tell "at least n" without counting them all. */
    @Query("select c.id from Comment c where c.authorId = :authorId and c.status = :status")
    List<Long> findIdsByAuthorIdAndStatus(Long authorId, CommentStatus status, Limit limit);

    long countByStatus(CommentStatus status);

    /** The newest comment in a status (the last one to wait for a moderator). */
    Optional<Comment> findFirstByStatusOrderByCreatedAtDesc(CommentStatus status);

    /** The newest comments in a status, e.g. the recently hidden ones that a moderator may restore. */
    List<Comment> findByStatusOrderByIdDesc(CommentStatus status, Limit limit);

    /** A posting key is the author's own: another member's identical key is another comment. */
    Optional<Comment> findByAuthorIdAndIdempotencyKey(Long authorId, String key);

    @Query("select c from Comment c where c.status = :status order by c.createdAt, c.id")
    List<Comment> findByStatus(CommentStatus status, Pageable page);

    @Query("""
            select c from Comment c
            where c.status = :status and c.id in (select r.commentId from CommentReport r)
            order by c.createdAt, c.id""")
    List<Comment> findReported(CommentStatus status, Pageable page);

    List<Comment> findByAuthorId(Long authorId);

    /** An author's comments in the statuses, newest first (their account page). */
    org.springframework.data.domain.Page<Comment> findByAuthorIdAndStatusInOrderByCreatedAtDescIdDesc(
            Long authorId, Collection<CommentStatus> statuses, Pageable page);

    /** An author's comments in a status on one page, oldest first. */
    @Query("""
            select c from Comment c
            where c.targetType = :type and c.targetId = :id and c.authorId = :authorId and c.status = :status
            order by c.createdAt, c.id""")
    List<Comment> findOwn(ContentType type, long id, Long authorId, CommentStatus status);

    @Modifying
    @Query("update Comment c set c.authorName = :name where c.authorId = :authorId")
    void rename(Long authorId, String name);
}
