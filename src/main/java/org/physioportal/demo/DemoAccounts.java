package org.physioportal.demo;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.physioportal.shared.Lang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One demo account per role, so that a newcomer can try commenting, moderation and role
 * management at once, and a demo therapist with two patients ({@link DemoCompanion}). They share a random password, written once to the log at first start.
 */
@Component
class DemoAccounts {

    static final String DOMAIN = "@demo.physioportal.example";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final AccountsApi accounts;
    private final DemoCompanion companion;

    DemoAccounts(AccountsApi accounts, DemoCompanion companion) {
        this.accounts = accounts;
        this.companion = companion;
    }

    void create() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        accounts.createVerified("member" + DOMAIN, "Eva (demo member)", password, Lang.CS, Set.of(Role.MEMBER));
        accounts.createVerified("editor" + DOMAIN, "Jana (demo editor)", password, Lang.CS, Set.of(Role.EDITOR));
        accounts.createVerified(
                "moderator" + DOMAIN, "Petr (demo moderator)", password, Lang.EN, Set.of(Role.MODERATOR));
        accounts.createVerified("admin" + DOMAIN, "Demo admin", password, Lang.EN, Set.of(Role.ADMIN));
        companion.create(password);
        log.warn(
                "Demo accounts member|editor|moderator|admin|therapist|patient1|patient2{} share the password {} (shown only now;"
                        + " set portal.demo.enabled=false in production)",
                DOMAIN,
                password);
    }
}
