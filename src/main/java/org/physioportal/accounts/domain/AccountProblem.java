package org.physioportal.accounts.domain;

import java.util.Map;

/** Input an account form cannot accept: message keys by form field. Nothing was saved. */
public class AccountProblem extends RuntimeException {

    private final Map<String, String> errors;

    public AccountProblem(Map<String, String> errors) {
        super("Invalid account input in " + errors.keySet());
        this.errors = Map.copyOf(errors);
    }

    public AccountProblem(String field, String messageKey) {
        this(Map.of(field, messageKey));
    }

    public Map<String, String> errors() {
        return errors;
    }
}
