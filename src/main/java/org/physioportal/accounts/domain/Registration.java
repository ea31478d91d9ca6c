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
 *
 * <p>Only the mailbox owner can confirm, and it is they who end up holding the account with a
 * password of their own: the link confirms with the password given at registration only in the
 * browser that registered (which keeps the {@linkplain #register receipt}); opened anywhere else,
 * the link is good for choosing the password first (once, within the link's 48 hours), and the
 * registration's password is dropped. So someone who registered another person's address never
 * logs in with their password, whether or not that person registers too.
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
     *
     * @return the receipt for the browser that registered (kept in its session, never shown): with
     *     it, {@link #verify} confirms with this registration's password. One is returned whatever
     *     the address, so the answer is the same.
     */
    @Transactional
    public String register(String email, String displayName, String password, Lang lang, String next) {
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
            String token = tokens.issue(account.id(), TokenPurpose.RESET);
            mails.alreadyRegistered(account, token);
            return Tokens.digest(token);
        }
        Account account = existing.orElse(null);
        if (account == null) {
            account = accounts.save(new Account(email, name, hash, lang, clock.instant()));
        } else {
            account.replacePending(name, hash, lang);
        }
        String token = tokens.issue(account.id(), TokenPurpose.VERIFY);
        mails.verify(account, token, next);
        return Tokens.digest(token);
    }

    /** What opening a confirmation link did. */
    public enum Confirmation {
        /** Confirmed, with the password given at registration: the link was opened where it was registered. */
        CONFIRMED,
        /** Nothing changed yet: the link is good, but its holder must choose the password first. */
        CHOOSE_PASSWORD,
        /** An unknown, used or expired link. */
        INVALID
    }

    /**
     * Opens a confirmation link. With the receipt of the registration that mailed it, the address is
     * confirmed and the link used up; without (another browser, another registration's receipt, an
     * ended session) nothing changes and the link waits for {@link #confirmWithPassword}.
     */
    @Transactional
    public Confirmation verify(String token, String receipt) {
        if (!Tokens.matches(token, receipt)) {
            return tokens.valid(token, TokenPurpose.VERIFY) ? Confirmation.CHOOSE_PASSWORD : Confirmation.INVALID;
        }
        return tokens.redeem(token, TokenPurpose.VERIFY)
                .flatMap(accounts::findById)
                .map(account -> {
                    account.verify(clock.instant());
                    return Confirmation.CONFIRMED;
                })
                .orElse(Confirmation.INVALID);
    }

    /**
     * Confirms the address with the display name and password its owner chose on opening the link;
     * the registration's name and password, which whoever registered typed, are gone. A refused name
     * or a weak password changes nothing and leaves the link usable; a bad link ({@code token}
     * problem) changes nothing either.
     */
    @Transactional
    public void confirmWithPassword(String token, String displayName, String password, Lang lang) {
        rules.check().displayName(displayName).password("password", password).orThrow();
        Account account = tokens.redeem(token, TokenPurpose.VERIFY)
                .flatMap(accounts::findById)
                .filter(pending -> !pending.verified())
                .orElseThrow(() -> new AccountProblem("token", "reset.invalid"));
        account.replacePending(UserText.clean(displayName), encoder.encode(password), lang);
        account.verify(clock.instant());
        tokens.revokeAll(account.id());
    }
}
