package org.physioportal.accounts.web;

import java.util.Set;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.physioportal.accounts.domain.PasswordPolicy;
import org.physioportal.shared.Lang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first admin of a fresh installation, from PORTAL_ADMIN_EMAIL and PORTAL_ADMIN_PASSWORD;
 * nothing happens when they are not set or the address already has an account.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountsProperties properties;
    private final AccountsApi accounts;
    private final PasswordPolicy policy;

    AdminBootstrap(AccountsProperties properties, AccountsApi accounts, PasswordPolicy policy) {
        this.properties = properties;
        this.accounts = accounts;
        this.policy = policy;
    }

    @Override
    public void run(ApplicationArguments args) {
        String email = properties.bootstrapAdminEmail();
        String password = properties.bootstrapAdminPassword();
        if (email == null || email.isBlank() || accounts.findByEmail(email).isPresent()) {
            return;
        }
        if (password == null || policy.problem(password).isPresent()) {
            throw new IllegalStateException(
                    "PORTAL_ADMIN_PASSWORD is missing or too weak (8-128 characters, not a common one)");
        }
        accounts.createVerified(email, "Admin", password, Lang.EN, Set.of(Role.ADMIN));
        log.info("Created the first admin account {}", email);
    }
}
