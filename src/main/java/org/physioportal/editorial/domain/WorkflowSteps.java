package org.physioportal.editorial.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.physioportal.shared.ContentRecord;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.ContentStore;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Status;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workflow steps of any content type, checked by {@link Workflow}. A step on a published item
 * with a draft above it acts on the draft: submit and return move its stage, publish makes it the
 * published version (now, or at a set time), discard drops it, and unpublish or archive take it as
 * the item's content. Publish and unpublish may be set for a later time ({@link ScheduledChanges}).
 */
@Service
@Transactional
public class WorkflowSteps {

    private final ContentEditing editing;
    private final ContentStores stores;
    private final DraftRepository drafts;
    private final ScheduleRepository schedule;
    private final Workflow workflow;
    private final Clock clock;

    WorkflowSteps(
            ContentEditing editing,
            ContentStores stores,
            DraftRepository drafts,
            ScheduleRepository schedule,
            Workflow workflow,
            Clock clock) {
        this.editing = editing;
        this.stores = stores;
        this.drafts = drafts;
        this.schedule = schedule;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** Which steps {@code editor} may take now, to show only the buttons that work. */
    @Transactional(readOnly = true)
    public List<Transition> allowed(EditState<?> state, Editor editor) {
        return List.of(Transition.values()).stream()
                .filter(t -> workflow.allows(t, state.stage(), editor, state.lastContentAuthorId()))
                .toList();
    }

    /** The changes set for a later time for the item. */
    @Transactional(readOnly = true)
    public List<ScheduledChange> scheduled(ContentRef ref) {
        return schedule.findByContentTypeAndContentId(ref.type(), ref.id());
    }

    /** One step; {@code at} (null: now) is the time of a publication or an unpublication. */
    public void take(ContentType type, long id, int version, Transition step, Instant at, Editor by) {
        EditState<ContentRecord> state = editing.state(type, id);
        workflow.check(step, state.stage(), by, state.lastContentAuthorId());
        Instant now = clock.instant();
        boolean later = at != null && at.isAfter(now);
        if (later
                && (step == Transition.UNPUBLISH
                        || step == Transition.PUBLISH && state.stage().hasDraft())) {
            var action = step == Transition.UNPUBLISH
                    ? ScheduledChange.Action.UNPUBLISH
                    : ScheduledChange.Action.PUBLISH_DRAFT;
            set(state, version, action, at, by);
        } else if (state.stage().hasDraft()) {
            onDraft(state, version, step, by);
        } else {
            Instant when = state.stored().publishedAt();
            RevisionAction action = step.action();
            if (step == Transition.PUBLISH) {
                when = later ? at : now;
                action = later ? RevisionAction.SCHEDULED : RevisionAction.PUBLISHED;
            }
            store(type).update(id, version, state.content(), step.to(), when);
            editing.record(state.ref(), state.content(), step.to(), action, false, by);
            if (step.to() != Status.PUBLISHED) {
                cancel(state.ref(), ScheduledChange.Action.UNPUBLISH);
            }
        }
    }

    private void onDraft(EditState<ContentRecord> state, int version, Transition step, Editor by) {
        switch (step) {
            case SUBMIT, RETURN -> {
                store(state.ref().type()).touch(state.id(), version);
                drafts.find(state.ref()).orElseThrow().stage(step.to());
                editing.record(state.ref(), state.draft(), Status.PUBLISHED, step.action(), true, by);
            }
            case DISCARD -> {
                store(state.ref().type()).touch(state.id(), version);
                dropDraft(state.ref());
                editing.record(state.ref(), state.stored().content(), Status.PUBLISHED, step.action(), false, by);
            }
            case PUBLISH -> applyDraft(state, version, Status.PUBLISHED, RevisionAction.PUBLISHED, by);
            case UNPUBLISH, ARCHIVE, RESTORE -> applyDraft(state, version, step.to(), step.action(), by);
        }
    }

    /** The draft becomes the item's content in {@code status}; the publication time stays the first one. */
    void applyDraft(EditState<ContentRecord> state, int version, Status status, RevisionAction action, Editor by) {
        store(state.ref().type())
                .update(
                        state.id(),
                        version,
                        state.draft(),
                        status,
                        state.stored().publishedAt());
        dropDraft(state.ref());
        editing.record(state.ref(), state.draft(), status, action, false, by);
        if (status != Status.PUBLISHED) {
            cancel(state.ref(), ScheduledChange.Action.UNPUBLISH);
        }
    }

    /** Takes a published item (without a draft above it) off the site, as a scheduled step does. */
    void unpublish(EditState<ContentRecord> state, Editor by) {
        store(state.ref().type())
                .update(
                        state.id(),
                        state.version(),
                        state.content(),
                        Status.DRAFT,
                        state.stored().publishedAt());
        editing.record(state.ref(), state.content(), Status.DRAFT, RevisionAction.UNPUBLISHED, false, by);
    }

    private void set(
            EditState<ContentRecord> state, int version, ScheduledChange.Action action, Instant at, Editor by) {
        store(state.ref().type()).touch(state.id(), version);
        cancel(state.ref(), action);
        schedule.save(new ScheduledChange(state.ref(), action, at, by, clock.instant()));
        boolean draft = action == ScheduledChange.Action.PUBLISH_DRAFT;
        editing.record(
                state.ref(),
                draft ? state.draft() : state.stored().content(),
                Status.PUBLISHED,
                draft ? RevisionAction.SCHEDULED : RevisionAction.UNPUBLISH_SCHEDULED,
                draft,
                by);
    }

    private void dropDraft(ContentRef ref) {
        drafts.find(ref).ifPresent(drafts::delete);
        cancel(ref, ScheduledChange.Action.PUBLISH_DRAFT);
    }

    private void cancel(ContentRef ref, ScheduledChange.Action action) {
        schedule.findByContentTypeAndContentIdAndAction(ref.type(), ref.id(), action)
                .ifPresent(change -> {
                    schedule.delete(change);
                    schedule.flush();
                });
    }

    private ContentStore<ContentRecord> store(ContentType type) {
        return stores.of(type);
    }
}
