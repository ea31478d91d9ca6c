package org.physioportal.accounts.domain;

import java.time.Duration;

/** What a mailed token is good for, and for how long. */
public enum TokenPurpose {
    VERIFY(Duration.ofHours(48)),
    RESET(Duration.ofHours(1));

    private final Duration lifetime;

    TokenPurpose(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
