package org.physioportal.articles.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.physioportal.shared.Lang;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CareCardRepository extends JpaRepository<CareCard, Long> {

    Optional<CareCard> findByGroupKeyAndLang(String groupKey, Lang lang);

    List<CareCard> findByGroupKey(String groupKey);

    List<CareCard> findByGroupKeyIn(Collection<String> groupKeys);
}
