package org.physioportal.accounts;

/** Who an account is to others in a list: its name and address, nothing of its roles or settings. */
public record AccountName(long id, String displayName, String email) {}
