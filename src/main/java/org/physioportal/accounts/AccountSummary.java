package org.physioportal.accounts;

import java.util.Set;
import org.physioportal.shared.Lang;

/** What other modules may know of an account. */
public record AccountSummary(
        long id,
        String email,
        String displayName,
        Lang lang,
        Set<Role> roles,
        boolean notifyReplies,
        boolean commentBlocked) {

    /** Staff members' comments are published without waiting for a moderator. */
    public boolean trusted() {
        return roles.contains(Role.ADMIN) || roles.contains(Role.MODERATOR) || roles.contains(Role.EDITOR);
    }
}
