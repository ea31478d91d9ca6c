package org.physioportal.comments.domain;

import java.util.EnumSet;
import java.util.Set;
import org.physioportal.shared.ContentDirectory.ContentLink;
import org.physioportal.shared.MemberComments;
import org.physioportal.shared.PageParams;
import org.physioportal.shared.PageResult;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list on a member's account page: what they wrote, newest first, with what became of it. A
 * comment the author deleted is gone from it (its row no longer names them).
 */
@Service
@Transactional(readOnly = true)
class OwnComments implements MemberComments {

    private static final Set<CommentStatus> LISTED =
            EnumSet.of(CommentStatus.PENDING, CommentStatus.PUBLISHED, CommentStatus.HIDDEN);
    private static final int EXCERPT = 140;

    private final CommentRepository comments;
    private final Targets targets;

    OwnComments(CommentRepository comments, Targets targets) {
        this.comments = comments;
        this.targets = targets;
    }

    @Override
    public PageResult<Entry> of(long accountId, int page) {
        int number = Math.clamp(page, 1, PageParams.MAX_PAGE);
        var found = comments.findByAuthorIdAndStatusInOrderByCreatedAtDescIdDesc(
                accountId, LISTED, PageRequest.of(number - 1, PAGE_SIZE));
        return new PageResult<>(
                found.getContent().stream().map(this::entry).toList(), number, PAGE_SIZE, found.getTotalElements());
    }

    private Entry entry(Comment c) {
        ContentLink page = targets.find(c.target()).orElse(null);
        State state = c.status() == CommentStatus.PUBLISHED
                ? State.PUBLISHED
                : c.status() == CommentStatus.PENDING ? State.PENDING : State.REMOVED;
        String url = page == null ? null : state == State.REMOVED ? page.url() : page.url() + "#comment-" + c.id();
        return new Entry(c.id(), page == null ? null : page.title(), url, excerpt(c.body()), state, c.createdAt());
    }

    private static String excerpt(String body) {
        String text = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return text.codePointCount(0, text.length()) <= EXCERPT
                ? text
                : text.substring(0, text.offsetByCodePoints(0, EXCERPT)) + "…";
    }
}
