package org.physioportal.accounts.domain;

import java.util.EnumSet;
import java.util.Set;
import org.physioportal.accounts.AccountDeleted;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.accounts.DisplayNameChanged;
import org.physioportal.accounts.Role;
import org.physioportal.shared.NotFoundException;
import org.physioportal.shared.PageParams;
import org.physioportal.shared.UserText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a member does with their own account, and what an admin does with roles. */
@Service
@Transactional
public class AccountService {

    private final AccountRepository accounts;
    private final AccountRules rules;
    private final PasswordEncoder encoder;
    private final PasswordReset passwords;
    private final Tokens tokens;
    private final ApplicationEventPublisher events;

    AccountService(
            AccountRepository accounts,
            AccountRules rules,
            PasswordEncoder encoder,
            PasswordReset passwords,
            Tokens tokens,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.rules = rules;
        this.encoder = encoder;
        this.passwords = passwords;
        this.tokens = tokens;
        this.events = events;
    }

    /** Name and mail settings; {@code notifyModeration} counts only for moderators and admins. */
    public AccountPrincipal updateProfile(
            long id, String displayName, boolean notifyReplies, boolean notifyModeration) {
        Account account = require(id);
        boolean staff = account.roles().stream().anyMatch(Role.STAFF::contains);
        rules.check().displayName(displayName, id, staff).orThrow();
        String name = UserText.clean(displayName);
        boolean renamed = !name.equals(account.displayName());
        account.changeProfile(name, notifyReplies, notifyModeration);
        if (renamed) {
            events.publishEvent(new DisplayNameChanged(id, name));
        }
        return account.principal();
    }

    /** Changes the password after checking the current one; returns the principal of the new epoch. */
    public AccountPrincipal changePassword(long id, String current, String newPassword) {
        Account account = require(id);
        if (current == null || !encoder.matches(current, account.passwordHash())) {
            throw new AccountProblem("current", "account.password.wrong");
        }
        rules.check().password("password", newPassword).orThrow();
        passwords.setPassword(account, newPassword);
        return account.principal();
    }

    /** Deletes the account after checking its password; its comments go or stay as "deleted user". */
    public void delete(long id, String password, boolean removeComments) {
        Account account = require(id);
        if (password == null || !encoder.matches(password, account.passwordHash())) {
            throw new AccountProblem("deletePassword", "account.password.wrong");
        }
        events.publishEvent(new AccountDeleted(id, removeComments));
        tokens.revokeAll(id);
        accounts.delete(account);
    }

    /** Grants roles; an admin cannot take the admin role from themselves (someone must keep it). */
    public void setRoles(long adminId, long targetId, Set<Role> roles) {
        Account target = require(targetId);
        Set<Role> wanted = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (adminId == targetId && !wanted.contains(Role.ADMIN)) {
            throw new AccountProblem("roles", "admin.roles.self");
        }
        target.grant(wanted);
    }

    @Transactional(readOnly = true)
    public Page<Account> search(String query, int page) {
        String q = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
        String pattern = "%" + q.replace("\\", "").replace("%", "").replace("_", "") + "%";
        return accounts.search(pattern, PageRequest.of(Math.clamp(page, 1, PageParams.MAX_PAGE) - 1, 50));
    }

    private Account require(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account " + id));
    }
}
