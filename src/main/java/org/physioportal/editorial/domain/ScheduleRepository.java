package org.physioportal.editorial.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.physioportal.shared.ContentType;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScheduleRepository extends JpaRepository<ScheduledChange, Long> {

    List<ScheduledChange> findByDueAtLessThanEqualOrderByDueAtAscIdAsc(Instant now, Limit limit);

    List<ScheduledChange> findByContentTypeAndContentId(ContentType type, long contentId);

    Optional<ScheduledChange> findByContentTypeAndContentIdAndAction(
            ContentType type, long contentId, ScheduledChange.Action action);

    List<ScheduledChange> findByAttemptsGreaterThanOrderByDueAtAsc(int attempts, Limit limit);
}
