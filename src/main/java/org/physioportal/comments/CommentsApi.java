package org.physioportal.comments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.comments.domain.Comment;
import org.physioportal.comments.domain.CommentRepository;
import org.physioportal.comments.domain.CommentStatus;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.UserText;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
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
     *
     * <p>A logged-in member also sees their own comments that wait for a moderator, marked
     * {@code pending}, where they will appear: a reply under its comment, a new comment at the end of
     * page 1. Nobody else is ever shown them; an anonymous reader's thread (the one the page cache
     * stores) has none, since it has no logged-in member.
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
        addOwnPending(target, number == 1, roots, children);
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

    /** The logged-in member's waiting comments on the page, each put where it will appear. */
    private void addOwnPending(
            ContentRef target, boolean firstPage, List<Comment> roots, Map<Long, List<Comment>> children) {
        Long viewer = currentAccountId();
        if (viewer == null) {
            return;
        }
        Set<Long> shown = new HashSet<>();
        roots.forEach(r -> shown.add(r.id()));
        children.values().forEach(list -> list.forEach(c -> shown.add(c.id())));
        for (Comment c : comments.findOwn(target.type(), target.id(), viewer, CommentStatus.PENDING)) {
            if (c.parentId() == null && firstPage) {
                roots.add(c);
            } else if (c.parentId() != null && shown.contains(c.parentId())) {
                children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
            }
        }
        Comparator<Comment> oldestFirst =
                Comparator.comparing(Comment::createdAt).thenComparing(Comment::id);
        roots.sort(oldestFirst);
        children.values().forEach(list -> list.sort(oldestFirst));
    }

    /** The id of the logged-in member of this request, or null for an anonymous reader. */
    private static Long currentAccountId() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AccountPrincipal me ? me.id() : null;
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
        boolean pending = c.status() == CommentStatus.PENDING;
        boolean published = c.status() == CommentStatus.PUBLISHED || pending;
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
                pending,
                depth,
                replies);
    }
}
