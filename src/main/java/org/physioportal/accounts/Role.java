package org.physioportal.accounts;

/**
 * What an account may do. Every account is a member (may comment); editors write content,
 * moderators look after the comments, therapists follow their linked patients (independent of
 * editing, and not implied by admin), admins grant roles and may do everything else.
 */
public enum Role {
    MEMBER,
    EDITOR,
    MODERATOR,
    ADMIN,
    THERAPIST;

    /** The Spring Security authority of the role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
