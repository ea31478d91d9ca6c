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

    /** The roles that work for the clinic. */
    public static final java.util.Set<Role> STAFF = java.util.EnumSet.of(EDITOR, MODERATOR, ADMIN);

    /** How high the highest of the roles stands: member 1, editor or moderator 2, admin 3. */
    public static int rank(java.util.Collection<Role> roles) {
        return roles.contains(ADMIN) ? 3 : roles.contains(MODERATOR) || roles.contains(EDITOR) ? 2 : 1;
    }

    /** The Spring Security authority of the role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
