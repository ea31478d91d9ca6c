package org.physioportal.editorial.upload;

import org.springframework.http.HttpStatus;

/** An upload the library refuses: the answer's status and the message key to show. */
public class UploadProblem extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;

    UploadProblem(HttpStatus status, String messageKey) {
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
