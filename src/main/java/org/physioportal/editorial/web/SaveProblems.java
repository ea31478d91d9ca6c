package org.physioportal.editorial.web;

import jakarta.validation.ConstraintViolationException;
import org.physioportal.editorial.domain.EditorialProblem;
import org.physioportal.shared.SlugTakenException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

/**
 * What a refused save means for the editor: a problem next to a field (400), a conflict with
 * someone else's save (409) or a workflow refusal. Anything else is a server error.
 */
record SaveProblems(HttpStatus status, String messageKey) {

    static final String CONFLICT = "editorial.conflict";

    /** The refusal, with field errors added to {@code binding}; rethrows what is not a refusal. */
    static SaveProblems of(RuntimeException e, BindingResult binding) {
        return switch (e) {
            case SlugTakenException taken -> slugTaken(binding);
            case DataIntegrityViolationException duplicate -> slugTaken(binding);
            case ObjectOptimisticLockingFailureException stale -> new SaveProblems(HttpStatus.CONFLICT, CONFLICT);
            case EditorialProblem problem -> new SaveProblems(problem.status(), problem.messageKey());
            case ConstraintViolationException invalid ->
                new SaveProblems(HttpStatus.BAD_REQUEST, "editorial.error.invalid");
            default -> throw e;
        };
    }

    static SaveProblems invalid() {
        return new SaveProblems(HttpStatus.BAD_REQUEST, "editorial.error.invalid");
    }

    boolean conflict() {
        return status == HttpStatus.CONFLICT && CONFLICT.equals(messageKey);
    }

    private static SaveProblems slugTaken(BindingResult binding) {
        if (binding != null) {
            binding.rejectValue("slug", "editorial.error.slug-taken");
        }
        return invalid();
    }
}
