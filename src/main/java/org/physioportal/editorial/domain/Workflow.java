package org.physioportal.editorial.domain;

import org.physioportal.shared.Status;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may take which step. Editors (and admins) write, submit, return, discard, unpublish, archive
 * and restore; moderators only look. Publishing, of a new item or of a draft above a published one,
 * needs a second pair of eyes: an editor other than the last one who changed the content, or an
 * admin. Admins may also publish a draft that skipped review.
 */
@Component
public class Workflow {

    public void check(Transition step, Stage stage, Editor editor, Long lastContentAuthorId) {
        requireEditor(editor);
        if (!startsFrom(step, stage, editor)) {
            throw new EditorialProblem(HttpStatus.CONFLICT, "editorial.workflow.not-now");
        }
        if (step == Transition.PUBLISH
                && !editor.admin()
                && lastContentAuthorId != null
                && lastContentAuthorId == editor.id()) {
            throw new EditorialProblem(HttpStatus.FORBIDDEN, "editorial.workflow.own-work");
        }
    }

    private static boolean startsFrom(Transition step, Stage stage, Editor editor) {
        return switch (step) {
            case SUBMIT, RETURN -> step.startsFrom(stage.current());
            case PUBLISH -> step.startsFrom(stage.current()) || editor.admin() && stage.current() == Status.DRAFT;
            case DISCARD -> stage.hasDraft();
            case UNPUBLISH, ARCHIVE, RESTORE -> step.startsFrom(stage.live());
        };
    }

    public void requireEditor(Editor editor) {
        if (!editor.canEdit()) {
            throw new EditorialProblem(HttpStatus.FORBIDDEN, "editorial.read-only");
        }
    }

    /** Whether the step would be allowed, to show only the buttons that work. */
    public boolean allows(Transition step, Stage stage, Editor editor, Long lastContentAuthorId) {
        try {
            check(step, stage, editor, lastContentAuthorId);
            return true;
        } catch (EditorialProblem refused) {
            return false;
        }
    }
}
