package org.physioportal.accounts;

/**
 * An account is being deleted (published inside the deleting transaction, before the row goes).
 * {@code removeComments}: the person chose to have their comments removed rather than kept under
 * "deleted user".
 */
public record AccountDeleted(long accountId, boolean removeComments) {}
