package org.physioportal.editorial.domain;

import java.util.Optional;
import org.physioportal.shared.ContentRef;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewReminderRepository extends JpaRepository<ReviewReminder, ForwardDraft.Key> {

    default Optional<ReviewReminder> find(ContentRef ref) {
        return findById(new ForwardDraft.Key(ref.type(), ref.id()));
    }
}
