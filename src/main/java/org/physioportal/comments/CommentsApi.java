package org.physioportal.comments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.physioportal.comments.domain.Comment;
import org.physioportal.comments.domain.CommentRepository;
import org.physioportal.comments.domain.CommentStatus;
import org.physioportal.shared.ContentRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reader comments on articles, exercises and videos. Only published comments ever leave this module. */
@Service
public class CommentsApi {

    public static final int MAX_BODY = 5_000;

    private final CommentRepository comments;

    CommentsApi(CommentRepository comments) {
        this.comments = comments;
    }

    /** Published comments as threads: top-level comments oldest first, each with its replies. */
    @Transactional(readOnly = true)
    public List<CommentView> thread(ContentRef target) {
        List<Comment> all = comments.findThread(target.type(), target.id(), CommentStatus.PUBLISHED);
        Map<Long, List<Comment>> children = new HashMap<>();
        all.stream()
                .filter(c -> c.parentId() != null)
                .forEach(c -> children.computeIfAbsent(c.parentId(), k -> new ArrayList<>())
                        .add(c));
        return all.stream()
                .filter(c -> c.parentId() == null)
                .map(c -> view(c, children))
                .toList();
    }

    /** Stores an already moderated comment (demo content and imports); returns its id. */
    @Transactional
    public long importPublished(ContentRef target, Long parentId, String authorName, String body, Instant at) {
        if (body == null || body.isBlank() || body.length() > MAX_BODY) {
            throw new IllegalArgumentException("Comment body must have 1 to " + MAX_BODY + " characters");
        }
        if (authorName == null || authorName.isBlank() || authorName.length() > 100) {
            throw new IllegalArgumentException("Comment author must have 1 to 100 characters");
        }
        var comment = new Comment(
                target.type(), target.id(), parentId, authorName.strip(), body.strip(), CommentStatus.PUBLISHED, at);
        return comments.save(comment).id();
    }

    private static CommentView view(Comment c, Map<Long, List<Comment>> children) {
        List<CommentView> replies = children.getOrDefault(c.id(), List.of()).stream()
                .map(r -> view(r, children))
                .toList();
        return new CommentView(c.id(), c.authorName(), c.body(), c.createdAt(), replies);
    }
}
