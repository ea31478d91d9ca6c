package org.physioportal.comments;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.physioportal.comments.domain.CommentRepository;
import org.physioportal.comments.domain.CommentStatus;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Teaser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Published-comment counts for teasers; pending, hidden and deleted comments never count. */
@Service
@Transactional(readOnly = true)
public class CommentCounts {

    private final CommentRepository comments;

    CommentCounts(CommentRepository comments) {
        this.comments = comments;
    }

    /** The teasers with their counts filled in (one grouped query per content type). */
    public List<Teaser> apply(List<Teaser> teasers) {
        if (teasers.isEmpty()) {
            return teasers;
        }
        Map<ContentType, Map<Long, Long>> counts = teasers.stream()
                .collect(Collectors.groupingBy(
                        t -> t.ref().type(), Collectors.mapping(t -> t.ref().id(), Collectors.toSet())))
                .entrySet()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> count(e.getKey(), e.getValue())));
        return teasers.stream()
                .map(t -> t.withCommentCount(
                        counts.get(t.ref().type()).getOrDefault(t.ref().id(), 0L)))
                .toList();
    }

    /** Published comments on one item. */
    public long published(org.physioportal.shared.ContentRef ref) {
        return count(ref.type(), java.util.Set.of(ref.id())).getOrDefault(ref.id(), 0L);
    }

    private Map<Long, Long> count(ContentType type, java.util.Set<Long> ids) {
        return comments.countByTargets(type, ids, CommentStatus.PUBLISHED).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }
}
