package org.physioportal.videos.domain;

import java.time.Instant;
import java.util.List;
import org.physioportal.shared.PublishableRepository;
import org.springframework.data.jpa.repository.Query;

public interface VideoRepository extends PublishableRepository<Video> {

    @org.springframework.data.jpa.repository.Query(
            "select x from Video x where x.fileId = :id or x.posterId = :id or x.captionsId = :id")
    java.util.List<Video> findUsingMedia(Long id);

    String VISIBLE = "v.status = org.physioportal.shared.Status.PUBLISHED and v.publishedAt <= :now";

    @Query("select v from Video v where v.exerciseId in :exerciseIds and " + VISIBLE + " order by v.publishedAt desc")
    List<Video> findVisibleByExercises(java.util.Collection<Long> exerciseIds, Instant now);
}
