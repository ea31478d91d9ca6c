package org.physioportal.accounts.domain;

import java.time.Clock;
import org.physioportal.shared.Lang;
import org.physioportal.shared.UserText;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up with e-mail verification. The outcome a visitor sees is the same whether or not the
 * address already has an account; only the e-mail that goes to that address differs.
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

    /** Validates, then creates an unverified account and mails its verification link. */
    @Transactional
    public void register(String email, String displayName, String password, Lang lang) {
        rules.check()
                .email(email)
                .displayName(displayName)
                .password("password", password)
                .orThrow();
        var existing = accounts.findByEmail(Account.normalizeEmail(email));
        if (existing.isPresent()) {
            Account account = existing.get();
            if (account.verified()) {
                mails.alreadyRegistered(account);
            } else {
                mails.verify(account, tokens.issue(account.id(), TokenPurpose.VERIFY));
            }
            return;
        }
        var account = accounts.save(
                new Account(email, UserText.clean(displayName), encoder.encode(password), lang, clock.instant()));
        mails.verify(account, tokens.issue(account.id(), TokenPurpose.VERIFY));
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
