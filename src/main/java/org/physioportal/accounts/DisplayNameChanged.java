package org.physioportal.accounts;

/** A member changed the name shown with their comments. */
public record DisplayNameChanged(long accountId, String displayName) {}
