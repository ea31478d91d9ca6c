package org.physioportal.exercises.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.physioportal.shared.Lang;
import org.physioportal.shared.PublishableRepository;
import org.springframework.data.jpa.repository.Query;

public interface ExerciseRepository extends PublishableRepository<Exercise> {

    List<Exercise> findByImageId(Long imageId);

    String VISIBLE = "e.status = org.physioportal.shared.Status.PUBLISHED and e.publishedAt <= :now";

    @Query("select e from Exercise e where e.lang = :lang and " + VISIBLE + " and e.groupKey in :groupKeys")
    List<Exercise> findVisibleByGroupKeys(Lang lang, Collection<String> groupKeys, Instant now);

    @Query("""
            select distinct e from Exercise e join e.termIds t
            where e.lang = :lang and t in :termIds and\s""" + VISIBLE + " order by e.publishedAt desc, e.id desc")
    List<Exercise> findVisibleByTerms(Lang lang, Collection<Long> termIds, Instant now);
}
