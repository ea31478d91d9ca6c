package org.physioportal.accounts;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.physioportal.accounts.domain.Account;
import org.physioportal.accounts.domain.AccountRepository;
import org.physioportal.shared.Lang;
import org.physioportal.shared.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of accounts. */
@Service
@Transactional(readOnly = true)
public class AccountsApi {

    private final AccountRepository accounts;
    private final org.physioportal.accounts.domain.AccountLookups lookups;
    private final PasswordEncoder encoder;
    private final Clock clock;

    AccountsApi(
            AccountRepository accounts,
            org.physioportal.accounts.domain.AccountLookups lookups,
            PasswordEncoder encoder,
            Clock clock) {
        this.accounts = accounts;
        this.lookups = lookups;
        this.encoder = encoder;
        this.clock = clock;
    }

    public Optional<AccountSummary> find(long id) {
        return accounts.findById(id).map(Account::summary);
    }

    /** The names of the accounts among {@code ids} that exist, in one query of three columns (a desk of hundreds). */
    public java.util.List<AccountName> names(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? java.util.List.of() : lookups.names(ids);
    }

    public Optional<AccountSummary> findByEmail(String email) {
        return accounts.findByEmail(Account.normalizeEmail(email)).map(Account::summary);
    }

    /** At most {@code limit} accounts whose commenting is blocked, newest first. */
    public java.util.List<AccountSummary> blockedCommenters(int limit) {
        return accounts.findByCommentBlockedTrueOrderByIdDesc(org.springframework.data.domain.Limit.of(limit)).stream()
                .map(Account::summary)
                .toList();
    }

    /** Which of the accounts are staff (editors, moderators, admins): their comments are marked. */
    public Set<Long> staffAmong(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? Set.of() : Set.copyOf(accounts.findStaffIds(ids, Role.STAFF));
    }

    /** Moderators and admins who asked for an e-mail when comments wait for approval. */
    public java.util.List<AccountSummary> moderationSubscribers() {
        return accounts.findModerationSubscribers(java.util.EnumSet.of(Role.MODERATOR, Role.ADMIN)).stream()
                .map(Account::summary)
                .toList();
    }

    public long count() {
        return accounts.count();
    }

    /** A moderator stops (or lets again) an account's commenting. */
    @Transactional
    public void blockComments(long id, boolean blocked) {
        accounts.findById(id)
                .orElseThrow(() -> new NotFoundException("account " + id))
                .blockComments(blocked);
    }

    /**
     * An account that needs no e-mail round trip: demo accounts, the configured first admin and
     * test fixtures. The password is hashed like any other; policy checks are the caller's.
     */
    @Transactional
    public long createVerified(String email, String displayName, String password, Lang lang, Set<Role> roles) {
        var account = new Account(email, displayName, encoder.encode(password), lang, clock.instant());
        account.verify(clock.instant());
        account.grant(roles);
        return accounts.save(account).id();
    }
}
