package org.physioportal.editorial.domain;

import java.util.Optional;
import org.physioportal.shared.ContentRef;
import org.springframework.data.jpa.repository.JpaRepository;

interface DraftRepository extends JpaRepository<ForwardDraft, ForwardDraft.Key> {

    default Optional<ForwardDraft> find(ContentRef ref) {
        return findById(new ForwardDraft.Key(ref.type(), ref.id()));
    }
}
