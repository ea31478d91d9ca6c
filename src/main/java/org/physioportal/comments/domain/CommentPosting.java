package org.physioportal.comments.domain;

import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import java.util.Locale;
import java.util.regex.Pattern;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.accounts.AccountSummary;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.comments.CommentPublished;
import org.physioportal.comments.CommentsApi;
import org.physioportal.comments.CommentsChanged;
import org.physioportal.comments.CommentsProperties;
import org.physioportal.comments.NewComment;
import org.physioportal.platform.limits.RateLimiter;
import org.physioportal.shared.ContentDirectory.ContentLink;
import org.physioportal.shared.UserText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What members do with comments: post, reply, edit within 15 minutes, delete and report. A new
 * member's first comments wait for a moderator; staff and members with approved comments publish
 * at once.
 */
@Service
@Transactional
public class CommentPosting {

    /** Replies nest at most this deep; a reply to the deepest level joins its parent's thread. */
    static final int MAX_DEPTH = 3;

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private final CommentRepository comments;
    private final CommentRevisionRepository revisions;
    private final CommentReportRepository reports;
    private final Targets targets;
    private final AccountsApi accounts;
    private final RateLimiter limiter;
    private final CommentsProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentPosting(
            CommentRepository comments,
            CommentRevisionRepository revisions,
            CommentReportRepository reports,
            Targets targets,
            AccountsApi accounts,
            RateLimiter limiter,
            CommentsProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.comments = comments;
        this.revisions = revisions;
        this.reports = reports;
        this.targets = targets;
        this.accounts = accounts;
        this.limiter = limiter;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** What became of a posted comment; {@code id} is null when a robot's post was dropped. */
    public record Posted(Long id, CommentStatus status, ContentLink target) {}

    public Posted post(AccountPrincipal me, NewComment input) {
        ContentLink target = targets.require(input.target());
        AccountSummary author = accounts.find(me.id()).orElseThrow(() -> denied("comment.blocked"));
        if (author.commentBlocked()) {
            throw denied("comment.blocked");
        }
        limiter.consume("comment-post", Long.toString(me.id()));
        String key = checkedKey(input.idempotencyKey());
        if (key != null) {
            var earlier = comments.findByAuthorIdAndIdempotencyKey(me.id(), key);
            if (earlier.isPresent()) {
                return new Posted(earlier.get().id(), earlier.get().status(), target);
            }
        }
        if (input.honeypot() != null && !input.honeypot().isEmpty()) {
            return new Posted(null, CommentStatus.PENDING, target);
        }
        String body = checkedText(input.body());
        Long parentId = parentFor(input);
        CommentStatus status = trusted(author) ? CommentStatus.PUBLISHED : CommentStatus.PENDING;
        var comment = rendered(
                new Comment(input.target(), parentId, me.id(), author.displayName(), body, status, clock.instant())
                        .withIdempotencyKey(key));
        comments.save(comment);
        Metrics.counter("portal.comments.posted", "status", status.name().toLowerCase(Locale.ROOT))
                .increment();
        if (status == CommentStatus.PUBLISHED) {
            events.publishEvent(new CommentPublished(comment.id(), comment.target(), parentId));
        }
        return new Posted(comment.id(), status, target);
    }

    /**
     * Changes the text within the edit window. A blocked author cannot; an untrusted author's
     * published comment goes back to the queue, so an edit cannot slip past moderation.
     */
    public Comment edit(AccountPrincipal me, long id, String newBody) {
        Comment comment = own(me, id);
        AccountSummary author = accounts.find(me.id()).orElseThrow(() -> denied("comment.blocked"));
        if (author.commentBlocked()) {
            throw denied("comment.blocked");
        }
        if (!comment.editableAt(clock.instant())) {
            throw denied("comment.edit.expired");
        }
        String body = checkedText(newBody);
        revisions.save(new CommentRevision(comment.id(), comment.body(), clock.instant()));
        // a refusal below rolls the transaction back: neither the revision nor the change is kept
        boolean wasVisible = comment.status() == CommentStatus.PUBLISHED;
        comment.edit(body, clock.instant());
        rendered(comment);
        if (wasVisible && !trusted(author)) {
            comment.moveTo(CommentStatus.PENDING);
        }
        if (wasVisible) {
            events.publishEvent(new CommentsChanged(comment.target()));
        }
        return comment;
    }

    public Comment delete(AccountPrincipal me, long id) {
        Comment comment = own(me, id);
        boolean wasVisible = comment.status() == CommentStatus.PUBLISHED;
        comment.erase();
        if (wasVisible) {
            events.publishEvent(new CommentsChanged(comment.target()));
        }
        return comment;
    }

    /** Reports a published comment of someone else; reporting twice changes nothing. */
    public Comment report(AccountPrincipal me, long id, String reason) {
        Comment comment = comments.findById(id)
                .filter(c -> c.status() == CommentStatus.PUBLISHED)
                .orElseThrow(() -> new CommentProblem(HttpStatus.NOT_FOUND, "comment.missing"));
        if (comment.isBy(me.id())) {
            throw new CommentProblem(HttpStatus.BAD_REQUEST, "comment.report.own");
        }
        String text = reason == null ? "" : UserText.clean(reason);
        if (!text.isEmpty()) {
            UserText.problem(text, 1, 500).ifPresent(k -> {
                throw new CommentProblem(HttpStatus.BAD_REQUEST, "comment.report." + k);
            });
        }
        limiter.consume("comment-report", Long.toString(me.id()));
        if (!reports.existsByCommentIdAndReporterId(id, me.id())) {
            reports.save(new CommentReport(id, me.id(), text.isEmpty() ? null : text, clock.instant()));
        }
        return comment;
    }

    /** The page a comment is on, for answering about it. */
    @Transactional(readOnly = true)
    public java.util.Optional<org.physioportal.shared.ContentRef> targetOf(long id) {
        return comments.findById(id).map(Comment::target);
    }

    private Comment own(AccountPrincipal me, long id) {
        Comment comment = comments.findById(id)
                .filter(c -> c.status().visibleToAuthor())
                .orElseThrow(() -> new CommentProblem(HttpStatus.NOT_FOUND, "comment.missing"));
        if (!comment.isBy(me.id())) {
            throw denied("comment.not-yours");
        }
        return comment;
    }

    private boolean trusted(AccountSummary author) {
        int needed = properties.approvedBeforeTrusted();
        return author.trusted()
                || needed <= 0
                || comments.findIdsByAuthorIdAndStatus(author.id(), CommentStatus.PUBLISHED, Limit.of(needed))
                                .size()
                        >= needed;
    }

    /** The parent must be a published comment on the same page; too deep a reply joins its parent. */
    private Long parentFor(NewComment input) {
        if (input.parentId() == null) {
            return null;
        }
        Comment parent = comments.findById(input.parentId())
                .filter(p -> p.status() == CommentStatus.PUBLISHED && p.target().equals(input.target()))
                .orElseThrow(() -> new CommentProblem(HttpStatus.BAD_REQUEST, "comment.parent.invalid"));
        return depth(parent) >= MAX_DEPTH ? parent.parentId() : parent.id();
    }

    private int depth(Comment comment) {
        int depth = 1;
        Long up = comment.parentId();
        while (up != null && depth < MAX_DEPTH) {
            depth++;
            up = comments.findById(up).map(Comment::parentId).orElse(null);
        }
        return depth;
    }

    /** The cleaned text, or 400 when it is empty or too long. */
    static String checkedText(String body) {
        String text = body == null ? "" : UserText.clean(body);
        UserText.problem(text, 1, CommentsApi.MAX_BODY).ifPresent(key -> {
            throw new CommentProblem(HttpStatus.BAD_REQUEST, "comment.body." + key);
        });
        return text;
    }

    /**
     * The comment, or 400 when its text renders as nothing or as more HTML than is stored (checked
     * on the HTML it stores, rendered once): 5,000 characters of autolinked addresses render to
     * more than 60,000.
     */
    private static Comment rendered(Comment comment) {
        if (comment.showsNothing()) {
            throw new CommentProblem(HttpStatus.BAD_REQUEST, "comment.body.text.empty");
        }
        if (comment.bodyHtml().length() > Comment.MAX_HTML) {
            throw new CommentProblem(HttpStatus.BAD_REQUEST, "comment.body.text.too-long");
        }
        return comment;
    }

    private static String checkedKey(String key) {
        if (key == null || key.isEmpty()) {
            return null;
        }
        if (!KEY.matcher(key).matches()) {
            throw new CommentProblem(HttpStatus.BAD_REQUEST, "comment.key.invalid");
        }
        return key;
    }

    private static CommentProblem denied(String key) {
        return new CommentProblem(HttpStatus.FORBIDDEN, key);
    }
}
