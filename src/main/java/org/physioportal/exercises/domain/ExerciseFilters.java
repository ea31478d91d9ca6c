package org.physioportal.exercises.domain;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.physioportal.exercises.ExerciseFilter;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;

/** The exercise library's filters as a query: published exercises of a language that match them. */
public final class ExerciseFilters {

    /** The library's order: newest first, as the unfiltered listing. */
    public static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id"));

    private ExerciseFilters() {}

    public static Specification<Exercise> matching(Lang lang, Instant now, ExerciseFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("status"), Status.PUBLISHED));
            where.add(cb.lessThanOrEqualTo(root.get("publishedAt"), now));
            where.add(cb.equal(root.get("lang"), lang));
            if (!filter.regionIds().isEmpty()) {
                where.add(filedUnder(root, query, cb, filter.regionIds()));
            }
            if (!filter.equipmentIds().isEmpty()) {
                where.add(filedUnder(root, query, cb, filter.equipmentIds()));
            }
            if (filter.difficulty() != null) {
                where.add(cb.equal(root.get("difficulty"), filter.difficulty()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static Predicate filedUnder(
            Root<Exercise> root, CriteriaQuery<?> query, CriteriaBuilder cb, Set<Long> termIds) {
        var tagged = query.subquery(Long.class);
        var item = tagged.from(Exercise.class);
        tagged.select(item.get("id")).where(item.join("termIds").in(termIds));
        return root.get("id").in(tagged);
    }
}
