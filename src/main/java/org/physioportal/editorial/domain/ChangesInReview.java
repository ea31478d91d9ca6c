package org.physioportal.editorial.domain;

import java.util.ArrayList;
import java.util.List;
import org.physioportal.shared.ContentListing;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Status;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes of published items that wait for a second editor's approval (drafts above a published
 * version, submitted for review), for the overview: a reviewer finds them there, not only by opening
 * each item.
 */
@Service
public class ChangesInReview {

    private final DraftRepository drafts;
    private final ContentStores stores;

    ChangesInReview(DraftRepository drafts, ContentStores stores) {
        this.drafts = drafts;
        this.stores = stores;
    }

    /** Oldest first within each content type, at most {@code limit} in all. */
    @Transactional(readOnly = true)
    public List<ContentListing> oldestFirst(int limit) {
        List<ContentRef> waiting = drafts.findByStageOrderByCreatedAtAsc(Status.IN_REVIEW, Limit.of(limit)).stream()
                .map(ForwardDraft::ref)
                .toList();
        List<ContentListing> listed = new ArrayList<>();
        for (ContentType type : ContentType.values()) {
            List<Long> ids = waiting.stream()
                    .filter(ref -> ref.type() == type)
                    .map(ContentRef::id)
                    .toList();
            if (!ids.isEmpty()) {
                listed.addAll(stores.of(type).listings().of(ids));
            }
        }
        return listed;
    }
}
