package org.physioportal.comments.domain;

import org.springframework.http.HttpStatus;

/** A comment action that cannot be done: the HTTP status to answer and the message key to show. */
public class CommentProblem extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;

    public CommentProblem(HttpStatus status, String messageKey) {
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
