package org.physioportal.comments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.physioportal.comments.domain.Comment;
import org.physioportal.comments.domain.CommentRepository;
import org.physioportal.comments.domain.CommentStatus;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.UserText;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reader comments on articles, exercises and videos. Only published comments ever leave this module. */
@Service
@EnableConfigurationProperties(CommentsProperties.class)
public class CommentsApi {

    public static final int MAX_BODY = 5_000;

    private final CommentRepository comments;

    CommentsApi(CommentRepository comments) {
        this.comments = comments;
    }

    /**
     * Published comments as threads, oldest first. Hidden and deleted comments appear only as
     * placeholders, and only when published replies hang below them.
     */
    @Transactional(readOnly = true)
    public CommentThread thread(ContentRef target) {
        List<Comment> all = comments.findThread(
                target.type(),
                target.id(),
                EnumSet.of(CommentStatus.PUBLISHED, CommentStatus.HIDDEN, CommentStatus.DELETED));
        Map<Long, List<Comment>> children = new HashMap<>();
        all.stream()
                .filter(c -> c.parentId() != null)
                .forEach(c -> children.computeIfAbsent(c.parentId(), k -> new ArrayList<>())
                        .add(c));
        List<CommentView> roots = all.stream()
                .filter(c -> c.parentId() == null)
                .map(c -> view(c, children, 1))
                .filter(v -> v != null)
                .toList();
        long count =
                all.stream().filter(c -> c.status() == CommentStatus.PUBLISHED).count();
        return new CommentThread(target, roots, count, UUID.randomUUID().toString());
    }

    /** Stores an already moderated comment (demo content and imports); returns its id. */
    @Transactional
    public long importPublished(ContentRef target, Long parentId, String authorName, String body, Instant at) {
        UserText.problem(body, 1, MAX_BODY).ifPresent(key -> {
            throw new IllegalArgumentException("Comment body: " + key);
        });
        UserText.problem(authorName, 1, 100).ifPresent(key -> {
            throw new IllegalArgumentException("Comment author: " + key);
        });
        var comment = new Comment(
                target, parentId, null, authorName.strip(), UserText.clean(body), CommentStatus.PUBLISHED, at);
        return comments.save(comment).id();
    }

    /** A published comment with its visible replies; a removed one only if replies remain; else null. */
    private static CommentView view(Comment c, Map<Long, List<Comment>> children, int depth) {
        List<CommentView> replies = children.getOrDefault(c.id(), List.of()).stream()
                .map(r -> view(r, children, depth + 1))
                .filter(v -> v != null)
                .toList();
        boolean published = c.status() == CommentStatus.PUBLISHED;
        if (!published && replies.isEmpty()) {
            return null;
        }
        return new CommentView(
                c.id(),
                published ? c.authorId() : null,
                published ? c.authorName() : null,
                published ? c.bodyHtml() : null,
                published ? c.body() : null,
                c.createdAt(),
                c.editedAt(),
                !published,
                depth,
                replies);
    }
}
