package org.physioportal.accounts.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.accounts.domain.Account;
import org.physioportal.accounts.domain.AccountRepository;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a logged-in session true to its account on every request: a session whose account is gone,
 * or whose password has changed since login (the account's epoch moved on), is ended; changed roles
 * or display name take effect at once. One primary-key read per logged-in request; anonymous
 * requests cost nothing.
 */
class SessionEpochFilter extends OncePerRequestFilter {

    private final AccountRepository accounts;
    private final PersistentTokenBasedRememberMeServices rememberMe;
    private final SessionPrincipals principals;

    SessionEpochFilter(
            AccountRepository accounts,
            PersistentTokenBasedRememberMeServices rememberMe,
            SessionPrincipals principals) {
        this.accounts = accounts;
        this.rememberMe = rememberMe;
        this.principals = principals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
            Optional<Account> account = accounts.findById(principal.id());
            if (account.isEmpty()
                    || !account.get().verified()
                    || account.get().sessionEpoch() != principal.sessionEpoch()) {
                rememberMe.logout(request, response, auth);
                new SecurityContextLogoutHandler().logout(request, response, auth);
            } else if (changed(principal, account.get().principal())) {
                principals.replace(account.get().principal(), request, response);
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean changed(AccountPrincipal old, AccountPrincipal now) {
        return !old.roles().equals(now.roles()) || !old.displayName().equals(now.displayName());
    }
}
