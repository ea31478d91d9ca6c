package org.physioportal.comments.domain;

import java.util.List;
import org.physioportal.shared.ContentType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommentRepository extends JpaRepository<Comment, Long> {

    @Query("""
            select c from Comment c
            where c.targetType = :type and c.targetId = :id and c.status = :status
            order by c.createdAt, c.id""")
    List<Comment> findThread(ContentType type, long id, CommentStatus status);
}
