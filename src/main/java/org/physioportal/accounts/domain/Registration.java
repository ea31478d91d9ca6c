package org.physioportal.accounts.domain;

import java.time.Clock;
import org.physioportal.shared.Lang;
import org.physioportal.shared.UserText;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up with e-mail verification. The outcome a visitor sees is the same whether or not the
 * address already has an account, and so is the work behind it (one Argon2 hash, one token written,
 * one mail), so the answer's time tells nothing either; only the e-mail that goes to that address
 * differs. A pending address belongs to whoever registers it last: the mailbox owner, who confirms.
 */
@Service
public class Registration {

    private final AccountRepository accounts;
    private final AccountRules rules;
    private final PasswordEncoder encoder;
    private final Tokens tokens;
    private final AccountMails mails;
    private final Clock clock;

    Registration(
            AccountRepository accounts,
            AccountRules rules,
            PasswordEncoder encoder,
            Tokens tokens,
            AccountMails mails,
            Clock clock) {
        this.accounts = accounts;
        this.rules = rules;
        this.encoder = encoder;
        this.tokens = tokens;
        this.mails = mails;
        this.clock = clock;
    }

    /**
     * Validates, then creates an unverified account and mails its verification link. A pending
     * account of the address takes the new name and password (its earlier link stops working), so
     * someone who registered another person's address first holds nothing once that person
     * registers and confirms. A confirmed address gets a mail with a link to set a new password.
     * {@code next}: a path on this site (checked by the caller) that the confirmation link carries,
     * so that logging in after confirming returns there; null for none.
     */
    @Transactional
    public void register(String email, String displayName, String password, Lang lang, String next) {
        rules.check()
                .email(email)
                .displayName(displayName)
                .password("password", password)
                .orThrow();
        String hash = encoder.encode(password);
        String name = UserText.clean(displayName);
        var existing = accounts.findByEmail(Account.normalizeEmail(email));
        if (existing.isPresent() && existing.get().verified()) {
            Account account = existing.get();
            mails.alreadyRegistered(account, tokens.issue(account.id(), TokenPurpose.RESET));
            return;
        }
        Account account = existing.orElse(null);
        if (account == null) {
            account = accounts.save(new Account(email, name, hash, lang, clock.instant()));
        } else {
            account.replacePending(name, hash, lang);
        }
        mails.verify(account, tokens.issue(account.id(), TokenPurpose.VERIFY), next);
    }

    /** Confirms the address the token was sent to; false for an unknown, used or expired token. */
    @Transactional
    public boolean verify(String token) {
        return tokens.redeem(token, TokenPurpose.VERIFY)
                .flatMap(accounts::findById)
                .map(account -> {
                    account.verify(clock.instant());
                    return true;
                })
                .orElse(false);
    }
}
