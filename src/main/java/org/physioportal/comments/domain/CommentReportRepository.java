package org.physioportal.comments.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CommentReportRepository extends JpaRepository<CommentReport, CommentReport.Key> {

    boolean existsByCommentIdAndReporterId(long commentId, long reporterId);

    List<CommentReport> findByCommentIdIn(Collection<Long> commentIds);

    @Modifying
    @Query("delete from CommentReport r where r.commentId = :commentId")
    void deleteByComment(long commentId);
}
