package org.physioportal.comments.domain;

import org.physioportal.accounts.AccountDeleted;
import org.physioportal.accounts.DisplayNameChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Follows account changes inside the account's own transaction, so a deletion never leaves
 * comments pointing at a missing account.
 */
@Component
class AccountChanges {

    private final CommentRepository comments;

    AccountChanges(CommentRepository comments) {
        this.comments = comments;
    }

    @EventListener
    void on(AccountDeleted deleted) {
        comments.findByAuthorId(deleted.accountId()).forEach(c -> {
            if (deleted.removeComments()) {
                c.erase();
            } else {
                c.orphan();
            }
        });
        comments.flush();
    }

    @EventListener
    void on(DisplayNameChanged changed) {
        comments.rename(changed.accountId(), changed.displayName());
    }
}
