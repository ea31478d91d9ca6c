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

/** A hit rate limit becomes the site's 429 page with a Retry-After header. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class TooManyRequestsAdvice {

    @ExceptionHandler(TooManyRequestsException.class)
    ModelAndView tooMany(TooManyRequestsException e, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        var page = new ModelAndView("error/429", HttpStatus.TOO_MANY_REQUESTS);
        page.addObject("retryAfter", e.retryAfterSeconds());
        return page;
    }
}
