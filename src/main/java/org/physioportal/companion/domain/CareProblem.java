package org.physioportal.companion.domain;

/** A refused link change, with the message key to show next to the field. */
public class CareProblem extends RuntimeException {

    private final String field;
    private final String messageKey;

    public CareProblem(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
