package org.physioportal.editorial.domain;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.Lang;
import org.physioportal.shared.NotFoundException;
import org.physioportal.shared.Status;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The history of every content item: one numbered revision per save, compared line by line. */
@Service
@Transactional(readOnly = true)
public class Revisions {

    private final RevisionRepository revisions;
    private final Clock clock;

    Revisions(RevisionRepository revisions, Clock clock) {
        this.revisions = revisions;
        this.clock = clock;
    }

    /**
     * Records a save; runs in the caller's transaction, so a save without its revision never commits.
     * {@code by} is null only for {@link RevisionAction#IMPORTED}, the state before the first change.
     */
    @Transactional
    public Revision record(
            ContentRef ref,
            Lang lang,
            Status status,
            RevisionAction action,
            String title,
            String snapshot,
            boolean pending,
            Editor by) {
        int next = latest(ref).map(r -> r.number() + 1).orElse(1);
        return revisions.saveAndFlush(new Revision(
                ref.type(), ref.id(), next, lang, status, action, title, snapshot, pending, by, clock.instant()));
    }

    public List<Revision> of(ContentRef ref) {
        return revisions.findByContentTypeAndContentIdOrderByNumberDesc(ref.type(), ref.id());
    }

    public Optional<Revision> latest(ContentRef ref) {
        return revisions.findFirstByContentTypeAndContentIdOrderByNumberDesc(ref.type(), ref.id());
    }

    public Revision require(ContentRef ref, int number) {
        return revisions
                .findByContentTypeAndContentIdAndNumber(ref.type(), ref.id(), number)
                .orElseThrow(() -> new NotFoundException("revision " + number));
    }

    /**
     * Who last changed the item's content (a workflow step does not count), or null when it has no
     * history (demo content): the one editor who may not approve it.
     */
    public Long lastContentAuthorId(ContentRef ref) {
        return revisions
                .findFirstByContentTypeAndContentIdAndActionInOrderByNumberDesc(
                        ref.type(), ref.id(), RevisionAction.CONTENT_CHANGES)
                .map(Revision::authorId)
                .orElse(null);
    }

    /** Who approved the item's published version last (its reviewer), or null. */
    public Long lastApproverId(ContentRef ref) {
        return revisions
                .findFirstByContentTypeAndContentIdAndActionInOrderByNumberDesc(
                        ref.type(), ref.id(), java.util.Set.of(RevisionAction.PUBLISHED))
                .map(Revision::authorId)
                .orElse(null);
    }

    public List<Long> touchedBy(org.physioportal.shared.ContentType type, long accountId) {
        return revisions.contentIdsByAuthor(type, accountId);
    }

    /** A unified line diff (three lines of context) from one text to another; empty when equal. */
    public static List<String> diff(String from, String to, String fromName, String toName) {
        List<String> a = from.lines().toList();
        List<String> b = to.lines().toList();
        var patch = DiffUtils.diff(a, b);
        return UnifiedDiffUtils.generateUnifiedDiff(fromName, toName, a, patch, 3);
    }
}
