package org.physioportal.comments.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.accounts.AccountSummary;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.physioportal.comments.CommentPublished;
import org.physioportal.comments.CommentsChanged;
import org.physioportal.shared.ContentDirectory.ContentLink;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The moderators' queue: comments waiting for approval and reported comments. */
@Service
@Transactional
public class Moderation {

    private static final int QUEUE_SIZE = 100;

    private final CommentRepository comments;
    private final CommentReportRepository reports;
    private final Targets targets;
    private final AccountsApi accounts;
    private final ApplicationEventPublisher events;

    Moderation(
            CommentRepository comments,
            CommentReportRepository reports,
            Targets targets,
            AccountsApi accounts,
            ApplicationEventPublisher events) {
        this.comments = comments;
        this.reports = reports;
        this.targets = targets;
        this.accounts = accounts;
        this.events = events;
    }

    /**
     * One comment in the queue, with the page it is on, what reporters said and, for a reply, the
     * comment it answers (null for a top-level comment).
     */
    public record Item(Comment comment, ContentLink page, List<String> reports, Comment inReplyTo) {}

    /** How many comments wait for approval in all (the queue shows the oldest {@value #QUEUE_SIZE}). */
    @Transactional(readOnly = true)
    public long waiting() {
        return comments.countByStatus(CommentStatus.PENDING);
    }

    @Transactional(readOnly = true)
    public List<Item> queue() {
        List<Comment> waiting =
                new ArrayList<>(comments.findByStatus(CommentStatus.PENDING, PageRequest.of(0, QUEUE_SIZE)));
        waiting.addAll(comments.findReported(CommentStatus.PUBLISHED, PageRequest.of(0, QUEUE_SIZE)));
        Map<Long, List<String>> reasons = reports
                .findByCommentIdIn(waiting.stream().map(Comment::id).toList())
                .stream()
                .collect(Collectors.groupingBy(
                        CommentReport::commentId,
                        Collectors.mapping(r -> Objects.requireNonNullElse(r.reason(), ""), Collectors.toList())));
        return waiting.stream()
                .map(c -> new Item(
                        c,
                        targets.find(c.target()).orElse(null),
                        reasons.getOrDefault(c.id(), List.of()),
                        c.parentId() == null
                                ? null
                                : comments.findById(c.parentId()).orElse(null)))
                .toList();
    }

    /** Publishes a waiting comment, or keeps a reported one (its reports go); a hidden one needs {@link #restore}. */
    public void approve(long id) {
        Comment comment = require(id);
        if (comment.status() == CommentStatus.HIDDEN) {
            throw new CommentProblem(HttpStatus.CONFLICT, "moderation.approve.hidden");
        }
        reports.deleteByComment(id);
        if (comment.status() != CommentStatus.PUBLISHED) {
            publish(comment);
        }
    }

    /** Brings back a comment a moderator had hidden: a decision of its own, never a side effect of approving. */
    public void restore(long id) {
        Comment comment = require(id);
        if (comment.status() != CommentStatus.HIDDEN) {
            throw new CommentProblem(HttpStatus.CONFLICT, "moderation.restore.not-hidden");
        }
        publish(comment);
    }

    private void publish(Comment comment) {
        comment.moveTo(CommentStatus.PUBLISHED);
        events.publishEvent(new CommentPublished(comment.id(), comment.target(), comment.parentId()));
    }

    public void hide(long id) {
        Comment comment = require(id);
        reports.deleteByComment(id);
        boolean wasVisible = comment.status() == CommentStatus.PUBLISHED;
        comment.moveTo(CommentStatus.HIDDEN);
        if (wasVisible) {
            events.publishEvent(new CommentsChanged(comment.target()));
        }
    }

    /**
     * The author may no longer comment; what they have waiting is hidden. Only someone above the
     * author may block: a moderator blocks members, an admin also editors and moderators, nobody an
     * admin.
     */
    public void blockAuthor(AccountPrincipal moderator, long id) {
        Comment comment = require(id);
        if (comment.authorId() == null) {
            throw new CommentProblem(HttpStatus.BAD_REQUEST, "moderation.no-author");
        }
        AccountSummary author = accounts.find(comment.authorId())
                .orElseThrow(() -> new CommentProblem(HttpStatus.BAD_REQUEST, "moderation.no-author"));
        if (Role.rank(author.roles()) >= Role.rank(moderator.roles())) {
            throw new CommentProblem(HttpStatus.FORBIDDEN, "moderation.block.staff");
        }
        accounts.blockComments(comment.authorId(), true);
        comments.findByAuthorId(comment.authorId()).stream()
                .filter(c -> c.status() == CommentStatus.PENDING)
                .forEach(c -> c.moveTo(CommentStatus.HIDDEN));
        hide(id);
    }

    /** The most recently hidden comments, newest first, each of which can be restored. */
    @Transactional(readOnly = true)
    public List<Comment> recentlyHidden() {
        return comments.findByStatusOrderByIdDesc(CommentStatus.HIDDEN, org.springframework.data.domain.Limit.of(20));
    }

    /** Members whose commenting is blocked, newest first, for lifting a block. */
    @Transactional(readOnly = true)
    public List<AccountSummary> blocked() {
        return accounts.blockedCommenters(QUEUE_SIZE);
    }

    /** Lets a blocked member comment again; what was hidden stays hidden. */
    public void unblock(long accountId) {
        accounts.blockComments(accountId, false);
    }

    private Comment require(long id) {
        return comments.findById(id)
                .filter(c -> c.status() != CommentStatus.DELETED)
                .orElseThrow(() -> new CommentProblem(HttpStatus.NOT_FOUND, "comment.missing"));
    }
}
