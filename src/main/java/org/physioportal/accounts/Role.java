package org.physioportal.accounts;

/**
 * What an account may do. Every account is a member (may comment); editors (therapists) write
 * content, moderators look after the comments, admins grant roles and may do everything.
 */
public enum Role {
    MEMBER,
    EDITOR,
    MODERATOR,
    ADMIN;

    /** The Spring Security authority of the role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
