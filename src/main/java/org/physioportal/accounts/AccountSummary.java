package org.physioportal.accounts;

import java.util.Set;
import org.physioportal.shared.Lang;

/**
 * What other modules may know of an account. {@code notifyModeration}: a moderator asked for an e-mail
 * when comments wait for approval.
 */
public record AccountSummary(
        long id,
        String email,
        String displayName,
        Lang lang,
        Set<Role> roles,
        boolean notifyReplies,
        boolean commentBlocked,
        boolean notifyModeration) {

    /** Staff members' comments are published without waiting for a moderator. */
    public boolean trusted() {
        return roles.contains(Role.ADMIN) || roles.contains(Role.MODERATOR) || roles.contains(Role.EDITOR);
    }
}
