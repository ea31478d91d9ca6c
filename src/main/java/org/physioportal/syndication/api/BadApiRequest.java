package org.physioportal.syndication.api;

/** A request the API cannot answer as asked: a 400 problem naming the parameter and what is wrong. */
class BadApiRequest extends RuntimeException {

    private final String parameter;

    BadApiRequest(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
