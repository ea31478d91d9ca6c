package org.physioportal.editorial.domain;

import java.time.Clock;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.physioportal.shared.ContentRecord;
import org.physioportal.shared.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the workflow steps set for a later time once they are due: every 30 seconds, and shortly after
 * start, so a step whose time passed while the portal was down runs then. Each step runs in its own
 * transaction that also deletes it, so it runs exactly once (a second node that tries the same step
 * finds it gone and rolls back). A step that fails stays, counted with its error for the overview,
 * and is tried again in the next round.
 */
@Component
public class ScheduledChanges {

    private static final Logger log = LoggerFactory.getLogger(ScheduledChanges.class);
    private static final int BATCH = 50;

    private final ScheduleRepository schedule;
    private final ContentEditing editing;
    private final WorkflowSteps steps;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ScheduledChanges(
            ScheduleRepository schedule,
            ContentEditing editing,
            WorkflowSteps steps,
            TransactionTemplate transactions,
            Clock clock) {
        this.schedule = schedule;
        this.editing = editing;
        this.steps = steps;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The scheduler's run: on one node of a cluster at a time. */
    @Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT5S")
    @SchedulerLock(name = "scheduled-changes")
    void scheduledRun() {
        runDue();
    }

    /** Runs every due step; returns how many ran. */
    public int runDue() {
        List<ScheduledChange> due =
                schedule.findByDueAtLessThanEqualOrderByDueAtAscIdAsc(clock.instant(), Limit.of(BATCH));
        int ran = 0;
        for (ScheduledChange change : due) {
            try {
                transactions.executeWithoutResult(tx -> run(change.id()));
                ran++;
            } catch (RuntimeException e) {
                log.warn("Scheduled {} of {} failed; it is tried again", change.action(), change.ref(), e);
                transactions.executeWithoutResult(
                        tx -> schedule.findById(change.id()).ifPresent(c -> c.failed(e.getMessage())));
            }
        }
        return ran;
    }

    /** Failed steps still waiting, for the overview. */
    public List<ScheduledChange> failing(int limit) {
        return schedule.findByAttemptsGreaterThanOrderByDueAtAsc(0, Limit.of(limit));
    }

    private void run(long changeId) {
        ScheduledChange change = schedule.findById(changeId).orElse(null);
        if (change == null) {
            return; // another node ran it
        }
        schedule.delete(change);
        schedule.flush();
        EditState<ContentRecord> state =
                editing.state(change.ref().type(), change.ref().id());
        boolean live = state.stored().status() == Status.PUBLISHED;
        switch (change.action()) {
            case PUBLISH_DRAFT -> {
                if (live && state.stage().hasDraft()) {
                    steps.applyDraft(state, state.version(), Status.PUBLISHED, RevisionAction.PUBLISHED, change.by());
                }
            }
            case UNPUBLISH -> {
                if (live && state.stage().hasDraft()) {
                    steps.applyDraft(state, state.version(), Status.DRAFT, RevisionAction.UNPUBLISHED, change.by());
                } else if (live) {
                    steps.unpublish(state, change.by());
                }
            }
        }
    }
}
