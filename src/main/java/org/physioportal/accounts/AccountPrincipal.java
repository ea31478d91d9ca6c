package org.physioportal.accounts;

import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.physioportal.shared.Lang;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in person, kept in the session. {@code sessionEpoch} ties the session to the
 * account's current credentials: a password change or reset moves the account's epoch on and
 * every older session ends.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String displayName;
    private final Lang lang;
    private final Set<Role> roles;
    private final boolean verified;
    private final int sessionEpoch;
    private String passwordHash;

    public AccountPrincipal(
            long id,
            String email,
            String displayName,
            Lang lang,
            Set<Role> roles,
            boolean verified,
            int sessionEpoch,
            String passwordHash) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.lang = lang;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.verified = verified;
        this.sessionEpoch = sessionEpoch;
        this.passwordHash = passwordHash;
    }

    public long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public Lang lang() {
        return lang;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public int sessionEpoch() {
        return sessionEpoch;
    }

    public boolean has(Role role) {
        return roles.contains(Role.ADMIN) || roles.contains(role);
    }

    /** Moderators and admins look after comments; their comments need no approval. */
    public boolean canModerate() {
        return has(Role.MODERATOR);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    /** Therapists see their linked patients; admins are not therapists unless granted the role. */
    public boolean isTherapist() {
        return roles.contains(Role.THERAPIST);
    }

    /** Staff (editors, moderators, admins) see the back office. */
    public boolean isStaff() {
        return has(Role.EDITOR) || has(Role.MODERATOR);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return verified;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountPrincipal p && p.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "Account " + id;
    }
}
