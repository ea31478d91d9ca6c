package org.physioportal.comments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.comments.domain.Comment;
import org.physioportal.comments.domain.CommentRepository;
import org.physioportal.comments.domain.CommentStatus;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.UserText;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reader comments on articles, exercises and videos. Only published comments ever leave this module. */
@Service
@EnableConfigurationProperties(CommentsProperties.class)
public class CommentsApi {

    public static final int MAX_BODY = 5_000;

    private final CommentRepository comments;
    private final CommentCounts counts;
    private final AccountsApi accounts;

    CommentsApi(CommentRepository comments, CommentCounts counts, AccountsApi accounts) {
        this.comments = comments;
        this.counts = counts;
        this.accounts = accounts;
    }

    /** Top-level comments (each with its replies) per page of a thread. */
    public static final int THREADS_PER_PAGE = 30;

    private static final Set<CommentStatus> SHOWN =
            EnumSet.of(CommentStatus.PUBLISHED, CommentStatus.HIDDEN, CommentStatus.DELETED);

    /** The newest page of a thread, where a new comment appears (at its end: "newest last"). */
    @Transactional(readOnly = true)
    public CommentThread thread(ContentRef target) {
        return thread(target, null);
    }

    /**
     * One page of published comments as threads: page 1 holds the newest {@value #THREADS_PER_PAGE}
     * top-level comments, page 2 the ones before, and so on; within a page they read oldest
     * first, each with all its replies. {@code page} null or out of range means page 1. Hidden and deleted comments appear only as placeholders, and only when
     * published replies hang below them. Six small queries, however long the discussion.
     */
    @Transactional(readOnly = true)
    public CommentThread thread(ContentRef target, Integer page) {
        long topLevel = comments.countTopLevel(target.type(), target.id(), SHOWN);
        int pages = (int) Math.max(1, (topLevel + THREADS_PER_PAGE - 1) / THREADS_PER_PAGE);
        int number = page == null || page < 1 || page > pages ? 1 : page;
        List<Comment> roots = new ArrayList<>(
                comments.findTopLevel(target.type(), target.id(), SHOWN, PageRequest.of(number - 1, THREADS_PER_PAGE)));
        Collections.reverse(roots);
        Map<Long, List<Comment>> children = new HashMap<>();
        List<Long> level = roots.stream().map(Comment::id).toList();
        for (int depth = 2; depth <= 3 && !level.isEmpty(); depth++) {
            List<Comment> replies = comments.findReplies(level, SHOWN);
            replies.forEach(r -> children.computeIfAbsent(r.parentId(), k -> new ArrayList<>())
                    .add(r));
            level = replies.stream().map(Comment::id).toList();
        }
        Set<Long> authors = new HashSet<>();
        roots.forEach(c -> authors.add(c.authorId()));
        children.values().forEach(list -> list.forEach(c -> authors.add(c.authorId())));
        authors.remove(null);
        Set<Long> staff = accounts.staffAmong(authors);
        List<CommentView> views = roots.stream()
                .map(c -> view(c, children, 1, staff))
                .filter(v -> v != null)
                .toList();
        long count = counts.published(target);
        return new CommentThread(
                target, views, count, number, pages, UUID.randomUUID().toString());
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
    private static CommentView view(Comment c, Map<Long, List<Comment>> children, int depth, Set<Long> staff) {
        List<CommentView> replies = children.getOrDefault(c.id(), List.of()).stream()
                .map(r -> view(r, children, depth + 1, staff))
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
                published && c.authorId() != null && staff.contains(c.authorId()),
                depth,
                replies);
    }
}
