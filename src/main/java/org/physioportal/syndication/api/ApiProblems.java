package org.physioportal.syndication.api;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.physioportal.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the public API as RFC 9457 problem details ({@code application/problem+json}): bad
 * input is a 400 that names the parameter (an undecodable query a 400 too), an unknown or unpublished item a 404. Only for this
 * package's controllers; pages keep their HTML error pages.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiProblems {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(BadApiRequest.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ResponseEntity<ProblemDetail> badRequest(BadApiRequest e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Bad request");
        problem.setProperty("parameter", e.parameter());
        return answer(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return answer(problem);
    }

    /**
     * A query that cannot be decoded (a {@code %FF} that is no UTF-8; Tomcat throws when the
     * parameters are first read) is the client's mistake: a 400, logged at DEBUG only.
     */
    @ExceptionHandler(InvalidParameterException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ResponseEntity<ProblemDetail> undecodable(InvalidParameterException e) {
        LOG.debug("Undecodable API parameters: {}", e.getMessage());
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The query is not valid UTF-8.");
        problem.setTitle("Bad request");
        return answer(problem);
    }

    @ExceptionHandler(ErrorResponseException.class)
    ResponseEntity<ProblemDetail> status(ErrorResponseException e) {
        return answer(e.getBody());
    }

    /** A fault of ours: a problem without details (the log has them), never a stack trace or the HTML page. */
    @ExceptionHandler(RuntimeException.class)
    @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
    ResponseEntity<ProblemDetail> fault(RuntimeException e) {
        LOG.error("API request failed", e);
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        problem.setTitle("Internal error");
        return answer(problem);
    }

    static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
