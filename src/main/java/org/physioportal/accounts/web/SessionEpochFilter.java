package org.physioportal.accounts.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.accounts.domain.Account;
import org.physioportal.accounts.domain.AccountLookups;
import org.physioportal.accounts.domain.AccountRepository;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a logged-in session true to its account on every request: a session whose account is gone,
 * or whose password has changed since login (the account's epoch moved on), is ended; changed roles
 * or display name take effect at once. One primary-key read per logged-in request ({@link
 * AccountLookups}: one statement, no transaction); the whole account is read only when something
 * changed. Anonymous requests cost nothing.
 */
class SessionEpochFilter extends OncePerRequestFilter {

    private final AccountLookups stamps;
    private final AccountRepository accounts;
    private final PersistentTokenBasedRememberMeServices rememberMe;
    private final SessionPrincipals principals;

    SessionEpochFilter(
            AccountLookups stamps,
            AccountRepository accounts,
            PersistentTokenBasedRememberMeServices rememberMe,
            SessionPrincipals principals) {
        this.stamps = stamps;
        this.accounts = accounts;
        this.rememberMe = rememberMe;
        this.principals = principals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
            Optional<AccountLookups.Stamp> stamp = stamps.stamp(principal.id());
            if (stamp.isEmpty() || !stamp.get().verified() || stamp.get().sessionEpoch() != principal.sessionEpoch()) {
                rememberMe.logout(request, response, auth);
                new SecurityContextLogoutHandler().logout(request, response, auth);
            } else if (changed(principal, stamp.get())) {
                accounts.findById(principal.id())
                        .map(Account::principal)
                        .ifPresent(now -> principals.replace(now, request, response));
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean changed(AccountPrincipal old, AccountLookups.Stamp now) {
        return !old.roles().equals(now.roles()) || !old.displayName().equals(now.displayName());
    }
}
