package org.physioportal.editorial.domain;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Optional;
import org.physioportal.shared.ContentListings;
import org.physioportal.shared.ContentRecord;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.ContentStore;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.NotFoundException;
import org.physioportal.shared.Status;
import org.physioportal.shared.StoredContent;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every content change made in the back office, for any content type: create, translate, edit and
 * bring back an earlier revision. The save goes through the type's store (which announces it) and
 * its revision is written in the same transaction. A change of a published item never reaches
 * readers: it is kept as a draft above the published version until a second editor approves it
 * ({@link WorkflowSteps}).
 */
@Service
@Transactional
public class ContentEditing {

    private final ContentStores stores;
    private final Revisions revisions;
    private final Snapshots snapshots;
    private final DraftRepository drafts;
    private final Workflow workflow;
    private final Validator validator;
    private final Clock clock;

    ContentEditing(
            ContentStores stores,
            Revisions revisions,
            Snapshots snapshots,
            DraftRepository drafts,
            Workflow workflow,
            Validator validator,
            Clock clock) {
        this.stores = stores;
        this.revisions = revisions;
        this.snapshots = snapshots;
        this.drafts = drafts;
        this.workflow = workflow;
        this.validator = validator;
        this.clock = clock;
    }

    /** The item with the draft kept above it, if any; 404 for an unknown id. */
    @Transactional(readOnly = true)
    public <C extends ContentRecord> EditState<C> state(ContentType type, long id) {
        ContentStore<C> store = stores.of(type);
        StoredContent<C> stored = store.draft(id).orElseThrow(() -> new NotFoundException(type + " " + id));
        ContentRef ref = new ContentRef(type, id);
        var draft = drafts.find(ref);
        C content = draft.map(d -> snapshots.read(revisions.require(ref, d.revisionNumber()), store.recordType()))
                .orElse(null);
        return new EditState<>(
                ref,
                stored,
                content,
                new Stage(stored.status(), draft.map(ForwardDraft::stage).orElse(null)),
                revisions.latest(ref).orElse(null),
                revisions.lastContentAuthorId(ref));
    }

    /** The id of the item's other language version, if it has one. */
    @Transactional(readOnly = true)
    public Optional<Long> translationId(EditState<?> state) {
        ContentRecord content = state.stored().content();
        return stores.of(state.ref().type())
                .idOf(content.groupKey(), content.lang().other());
    }

    /** The back office's bounded reads of the type. */
    public ContentListings<?> listings(ContentType type) {
        return stores.of(type).listings();
    }

    /** The content of a revision, as its module's record. */
    @Transactional(readOnly = true)
    public <C extends ContentRecord> C contentOf(ContentType type, Revision revision) {
        return snapshots.read(revision, stores.<C>of(type).recordType());
    }

    /** A new item (its group key chosen with {@link GroupKeys}) as a draft. */
    public long create(ContentType type, ContentRecord content, Editor by) {
        return saveNew(type, content, by, RevisionAction.CREATED);
    }

    /** The other language version of the source's group, as a draft. */
    public long translate(ContentType type, long sourceId, ContentRecord content, Editor by) {
        var source = state(type, sourceId).stored().content();
        if (!source.groupKey().equals(content.groupKey()) || source.lang() == content.lang()) {
            throw new IllegalArgumentException("a translation joins its source's group in the other language");
        }
        return saveNew(type, content, by, RevisionAction.TRANSLATED);
    }

    /** Saves an edit; of a published item, as a draft above the published version. */
    public void update(ContentType type, long id, int version, ContentRecord content, Editor by) {
        change(state(type, id), version, content, RevisionAction.EDITED, by);
    }

    /** Brings back the content of an earlier revision as a new revision (of a published item: a draft). */
    public void revert(ContentType type, long id, int number, int version, Editor by) {
        EditState<ContentRecord> state = state(type, id);
        change(state, version, contentOf(type, revisions.require(state.ref(), number)), RevisionAction.REVERTED, by);
    }

    private <C extends ContentRecord> void change(
            EditState<C> state, int version, ContentRecord changed, RevisionAction action, Editor by) {
        workflow.requireEditor(by);
        C content = sameItem(state, changed);
        ContentStore<C> store = stores.of(state.ref().type());
        keepOriginal(state);
        if (state.stored().status() != Status.PUBLISHED) {
            store.update(
                    state.id(),
                    version,
                    content,
                    state.stored().status(),
                    state.stored().publishedAt());
            record(state.ref(), content, state.stored().status(), action, false, by);
            return;
        }
        valid(content);
        store.touch(state.id(), version);
        Revision revision = record(state.ref(), content, Status.PUBLISHED, action, true, by);
        drafts.find(state.ref())
                .orElseGet(() -> drafts.save(new ForwardDraft(state.ref(), revision.number(), clock.instant())))
                .moveTo(revision.number());
    }

    @SuppressWarnings("unchecked")
    private static <C extends ContentRecord> C sameItem(EditState<C> state, ContentRecord changed) {
        C stored = state.stored().content();
        if (!stored.getClass().isInstance(changed)
                || !stored.groupKey().equals(changed.groupKey())
                || stored.lang() != changed.lang()) {
            throw new IllegalArgumentException("an edit cannot move an item to another group or language");
        }
        return (C) changed;
    }

    /** Content saved before the back office (the demo, an import) keeps its original as revision 1. */
    private void keepOriginal(EditState<?> state) {
        if (state.latest() == null) {
            record(
                    state.ref(),
                    state.stored().content(),
                    state.stored().status(),
                    RevisionAction.IMPORTED,
                    false,
                    null);
        }
    }

    Revision record(
            ContentRef ref, ContentRecord content, Status status, RevisionAction action, boolean pending, Editor by) {
        return revisions.record(
                ref, content.lang(), status, action, content.displayTitle(), snapshots.write(content), pending, by);
    }

    private void valid(ContentRecord content) {
        var problems = validator.validate(content);
        if (!problems.isEmpty()) {
            throw new ConstraintViolationException(problems);
        }
    }

    private long saveNew(ContentType type, ContentRecord content, Editor by, RevisionAction action) {
        workflow.requireEditor(by);
        ContentStore<ContentRecord> store = stores.of(type);
        if (store.idOf(content.groupKey(), content.lang()).isPresent()) {
            throw new EditorialProblem(HttpStatus.CONFLICT, "editorial.translation.exists");
        }
        long id = store.save(content);
        record(new ContentRef(type, id), content, Status.DRAFT, action, false, by);
        return id;
    }
}
