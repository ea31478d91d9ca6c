package org.physioportal.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import org.physioportal.platform.limits.TooManyRequestsException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Load the site does not take: a hit rate limit becomes the site's 429 page, a request that found no
 * place in the {@link PageQueue} in time the 503 page ("the site is very busy"); both with a
 * Retry-After header.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class OverloadAdvice {

    /** Seconds a reader is asked to wait after a full page queue. */
    static final long BUSY_RETRY_AFTER_SECONDS = 5;

    @ExceptionHandler(TooManyRequestsException.class)
    ModelAndView tooMany(TooManyRequestsException e, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        var page = new ModelAndView("error/429", HttpStatus.TOO_MANY_REQUESTS);
        page.addObject("retryAfter", e.retryAfterSeconds());
        return page;
    }

    @ExceptionHandler(PageQueue.Full.class)
    ModelAndView busy(HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(BUSY_RETRY_AFTER_SECONDS));
        var page = new ModelAndView("error/503", HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("busy", true);
        return page;
    }
}
