package org.physioportal.accounts.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.accounts.AccountSummary;
import org.physioportal.accounts.Role;
import org.physioportal.shared.Lang;

/** A person who can log in. The e-mail address is stored lower-cased and is unique. */
@Entity
public class Account {

    /** The longest e-mail address there can be (RFC 5321 path limit less the brackets). */
    public static final int MAX_EMAIL = 254;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    private String displayName;
    private String passwordHash;
    private Lang lang;
    private Instant verifiedAt;
    private boolean commentBlocked;
    private boolean notifyReplies;
    private boolean notifyModeration;
    private int sessionEpoch;
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected Account() {}

    public Account(String email, String displayName, String passwordHash, Lang lang, Instant now) {
        this.email = normalizeEmail(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.lang = lang;
        this.createdAt = now;
        this.roles.add(Role.MEMBER);
    }

    /** E-mail addresses compare without case and surrounding spaces. */
    public static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public Long id() {
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

    public String passwordHash() {
        return passwordHash;
    }

    public boolean verified() {
        return verifiedAt != null;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean commentBlocked() {
        return commentBlocked;
    }

    public boolean notifyReplies() {
        return notifyReplies;
    }

    public int sessionEpoch() {
        return sessionEpoch;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public void verify(Instant now) {
        if (verifiedAt == null) {
            verifiedAt = now;
        }
    }

    /** A later registration of a pending address: its name, password and language replace the earlier ones. */
    public void replacePending(String displayName, String passwordHash, Lang lang) {
        if (verified()) {
            throw new IllegalStateException("Account " + id + " is confirmed");
        }
        this.displayName = displayName;
        this.lang = lang;
        changePassword(passwordHash);
    }

    /** A new password ends every existing session of the account. */
    public void changePassword(String newHash) {
        passwordHash = newHash;
        sessionEpoch++;
    }

    /** Only those who moderate may ask for mail about waiting comments; for anyone else it stays off. */
    public void changeProfile(String displayName, boolean notifyReplies, boolean notifyModeration) {
        this.displayName = displayName;
        this.notifyReplies = notifyReplies;
        this.notifyModeration = notifyModeration && moderates();
    }

    public void blockComments(boolean blocked) {
        this.commentBlocked = blocked;
    }

    /** Every account keeps the member role. */
    public void grant(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
        roles.add(Role.MEMBER);
    }

    private boolean moderates() {
        return roles.contains(Role.MODERATOR) || roles.contains(Role.ADMIN);
    }

    public AccountPrincipal principal() {
        return new AccountPrincipal(id, email, displayName, lang, roles, verified(), sessionEpoch, passwordHash);
    }

    public AccountSummary summary() {
        return new AccountSummary(
                id, email, displayName, lang, roles(), notifyReplies, commentBlocked, notifyModeration && moderates());
    }
}
