package org.physioportal.taxonomy.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TermRepository extends JpaRepository<Term, Long> {

    Optional<Term> findByKey(String key);

    @Query("select coalesce(max(t.position), 0) from Term t")
    int maxPosition();

    @Query("select t from Term t order by t.position")
    List<Term> findAllOrdered();
}
