package org.physioportal.editorial.domain;

import java.util.List;
import java.util.Optional;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.Status;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface DraftRepository extends JpaRepository<ForwardDraft, ForwardDraft.Key> {

    List<ForwardDraft> findByStageOrderByCreatedAtAsc(Status stage, Limit limit);

    default Optional<ForwardDraft> find(ContentRef ref) {
        return findById(new ForwardDraft.Key(ref.type(), ref.id()));
    }
}
