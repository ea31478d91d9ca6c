package org.physioportal.accounts;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.physioportal.shared.Lang;

/** Verified test accounts, one call each, with unique addresses. */
public final class AccountFixtures {

    public static final String PASSWORD = "Kolena a kotníky 2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private AccountFixtures() {}

    /** A logged-in-able person: id, e-mail and the shared test password. */
    public record TestAccount(long id, String email, String displayName) {}

    public static TestAccount create(AccountsApi accounts, Role role) {
        int n = SEQUENCE.incrementAndGet();
        String email = role.name().toLowerCase(java.util.Locale.ROOT) + n + "-" + System.nanoTime() + "@test.example";
        String name = "Test " + role.name().toLowerCase(java.util.Locale.ROOT) + " " + n;
        long id = accounts.createVerified(email, name, PASSWORD, Lang.EN, Set.of(role));
        return new TestAccount(id, email, name);
    }
}
