package org.physioportal.editorial.domain;

import org.physioportal.shared.Status;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may take which step. Editors (and admins) write, submit, return, unpublish, archive and
 * restore; moderators only look. Publishing needs a second pair of eyes: an editor other than the
 * author of the latest revision, or an admin. Admins may also publish a draft that skipped review.
 */
@Component
public class Workflow {

    public void check(Transition step, Status current, Editor editor, Long lastAuthorId) {
        requireEditor(editor);
        boolean adminShortcut = step == Transition.PUBLISH && editor.admin() && current == Status.DRAFT;
        if (!step.startsFrom(current) && !adminShortcut) {
            throw new EditorialProblem(HttpStatus.CONFLICT, "editorial.workflow.not-now");
        }
        if (step == Transition.PUBLISH && !editor.admin() && lastAuthorId != null && lastAuthorId == editor.id()) {
            throw new EditorialProblem(HttpStatus.FORBIDDEN, "editorial.workflow.own-work");
        }
    }

    public void requireEditor(Editor editor) {
        if (!editor.canEdit()) {
            throw new EditorialProblem(HttpStatus.FORBIDDEN, "editorial.read-only");
        }
    }

    /** Whether the step would be allowed, to show only the buttons that work. */
    public boolean allows(Transition step, Status current, Editor editor, Long lastAuthorId) {
        try {
            check(step, current, editor, lastAuthorId);
            return true;
        } catch (EditorialProblem refused) {
            return false;
        }
    }
}
