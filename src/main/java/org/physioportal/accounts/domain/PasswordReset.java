package org.physioportal.accounts.domain;

import java.time.Clock;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgotten passwords: a mailed single-use link valid for one hour. Setting a new password uses up
 * the link, kills every other reset link of the account and ends all of its sessions.
 */
@Service
public class PasswordReset {

    private final AccountRepository accounts;
    private final AccountRules rules;
    private final PasswordEncoder encoder;
    private final Tokens tokens;
    private final AccountMails mails;
    private final PersistentTokenRepository rememberMe;
    private final Clock clock;

    PasswordReset(
            AccountRepository accounts,
            AccountRules rules,
            PasswordEncoder encoder,
            Tokens tokens,
            AccountMails mails,
            PersistentTokenRepository rememberMe,
            Clock clock) {
        this.accounts = accounts;
        this.rules = rules;
        this.encoder = encoder;
        this.tokens = tokens;
        this.mails = mails;
        this.rememberMe = rememberMe;
        this.clock = clock;
    }

    /**
     * Mails a reset link when the address belongs to an account; says nothing either way. A pending
     * address gets its confirmation link instead, where the mailbox owner chooses the name as well as
     * the password (a reset would confirm the account under the name whoever registered typed).
     */
    @Transactional
    public void request(String email) {
        accounts.findByEmail(Account.normalizeEmail(email)).ifPresent(account -> {
            if (account.verified()) {
                mails.reset(account, tokens.issue(account.id(), TokenPurpose.RESET));
            } else {
                mails.verify(account, tokens.issue(account.id(), TokenPurpose.VERIFY), null);
            }
        });
    }

    @Transactional(readOnly = true)
    public boolean usable(String token) {
        return tokens.valid(token, TokenPurpose.RESET);
    }

    /** Sets the new password; an invalid password leaves the link usable, a bad link changes nothing. */
    @Transactional
    public void reset(String token, String newPassword) {
        rules.check().password("password", newPassword).orThrow();
        Account account = tokens.redeem(token, TokenPurpose.RESET)
                .flatMap(accounts::findById)
                .orElseThrow(() -> new AccountProblem("token", "reset.invalid"));
        setPassword(account, newPassword);
        account.verify(clock.instant());
        tokens.revokeAll(account.id(), TokenPurpose.VERIFY);
    }

    /** A new password: other sessions and remember-me logins end, reset links die, the owner is told by e-mail. */
    void setPassword(Account account, String newPassword) {
        account.changePassword(encoder.encode(newPassword));
        tokens.revokeAll(account.id(), TokenPurpose.RESET);
        rememberMe.removeUserTokens(account.email());
        mails.passwordChanged(account);
    }
}
