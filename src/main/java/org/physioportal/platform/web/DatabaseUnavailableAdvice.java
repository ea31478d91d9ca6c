package org.physioportal.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A controller that cannot reach the database answers with the site's 503 page ("we are back in a
 * moment") and a Retry-After header instead of a 500. Spring matches these types at any depth of
 * the cause chain. Failures outside controllers (security filters, view rendering) are turned into
 * the same answer by {@link DatabaseUnavailableFilter}.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableAdvice {

    private final DatabaseOutages outages;

    DatabaseUnavailableAdvice(DatabaseOutages outages) {
        this.outages = outages;
    }

    @ExceptionHandler({
        CannotCreateTransactionException.class,
        DataAccessResourceFailureException.class,
        JDBCConnectionException.class,
        SQLTransientConnectionException.class,
        SQLNonTransientConnectionException.class
    })
    ModelAndView unavailable(Exception failure, HttpServletRequest request, HttpServletResponse response) {
        outages.answer(request, response, failure);
        return new ModelAndView("error/503", HttpStatus.SERVICE_UNAVAILABLE);
    }

    /**
     * The catch-all wrappers Spring uses when it cannot classify a persistence failure; an outage
     * among their causes gets the 503 page, anything else is declined (rethrowing the exception
     * passes it on as if this method did not exist).
     */
    @ExceptionHandler({JpaSystemException.class, TransactionSystemException.class})
    ModelAndView maybeUnavailable(Exception failure, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        if (!DatabaseUnavailable.isCause(failure)) {
            throw failure;
        }
        return unavailable(failure, request, response);
    }
}
