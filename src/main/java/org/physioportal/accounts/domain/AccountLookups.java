package org.physioportal.accounts.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.physioportal.accounts.AccountName;
import org.physioportal.accounts.Role;
import org.physioportal.shared.SqlIds;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Account reads on hot paths, each one statement with no entity and no transaction around it: what a
 * logged-in session is checked against on every request ({@code SessionEpochFilter}), and the names
 * of a therapist's patients (the desk, hundreds at a time, as one array parameter rather than a list
 * of hundreds the database parses on every view).
 */
@Component
public class AccountLookups {

    /** An account as a session sees it. */
    public record Stamp(boolean verified, int sessionEpoch, String displayName, Set<Role> roles) {}

    private final JdbcTemplate jdbc;

    AccountLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Stamp> stamp(long accountId) {
        return Optional.ofNullable(jdbc.query(
                "select a.verified_at, a.session_epoch, a.display_name, r.role from account a"
                        + " left join account_role r on r.account_id = a.id where a.id = ?",
                rows -> {
                    Stamp stamp = null;
                    Set<Role> roles = EnumSet.noneOf(Role.class);
                    while (rows.next()) {
                        if (stamp == null) {
                            stamp = new Stamp(rows.getTimestamp(1) != null, rows.getInt(2), rows.getString(3), roles);
                        }
                        String role = rows.getString(4);
                        if (role != null) {
                            roles.add(Role.valueOf(role));
                        }
                    }
                    return stamp;
                },
                accountId));
    }

    /** The names of the accounts among {@code ids} that exist. */
    public List<AccountName> names(Collection<Long> ids) {
        return jdbc.query(
                "select id, display_name, email from account where id = any (?)",
                statement -> SqlIds.bind(statement, 1, ids),
                (row, n) -> new AccountName(row.getLong(1), row.getString(2), row.getString(3)));
    }
}
