package org.physioportal.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A query or form that cannot be decoded (a {@code %FF} that is no UTF-8) is the client's mistake:
 * the site's 400 page, logged at DEBUG only. Tomcat throws when the parameters are first read; left
 * alone, that reached the container as a servlet failure, logged at ERROR with a stack trace.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class BadRequestAdvice {

    private static final Logger log = LoggerFactory.getLogger(BadRequestAdvice.class);

    @ExceptionHandler(InvalidParameterException.class)
    ModelAndView undecodable(InvalidParameterException e, HttpServletRequest request) {
        log.debug("Undecodable parameters in {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return new ModelAndView("error/400", HttpStatus.BAD_REQUEST);
    }
}
