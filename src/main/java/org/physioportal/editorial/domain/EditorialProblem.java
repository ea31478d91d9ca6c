package org.physioportal.editorial.domain;

import org.springframework.http.HttpStatus;

/** A step the back office refuses, with the message key to show and the answer's status. */
public class EditorialProblem extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;

    public EditorialProblem(HttpStatus status, String messageKey) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }
}
