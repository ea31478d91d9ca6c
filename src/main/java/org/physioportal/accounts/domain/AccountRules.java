package org.physioportal.accounts.domain;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.physioportal.accounts.Role;
import org.physioportal.platform.SiteProperties;
import org.physioportal.shared.UserText;
import org.springframework.stereotype.Component;

/** The checks every account form shares; each problem is a message key under its field. */
@Component
class AccountRules {

    static final int NAME_MIN = 2;
    static final int NAME_MAX = 50;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final PasswordPolicy passwords;
    private final AccountRepository accounts;
    private final SiteProperties site;

    AccountRules(PasswordPolicy passwords, AccountRepository accounts, SiteProperties site) {
        this.passwords = passwords;
        this.accounts = accounts;
        this.site = site;
    }

    /** A name as people read it: compatibility forms folded, spaces collapsed, lower case. */
    static String comparable(String name) {
        return Normalizer.normalize(UserText.clean(name), Normalizer.Form.NFKC)
                .replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
    }

    /** The clinic's name and every staff member's name (but the account's own) belong to them alone. */
    private boolean reserved(String name, long self) {
        String candidate = comparable(name);
        return candidate.equals(comparable(site.name())) || accounts.staffNamed(candidate, Role.STAFF, self);
    }

    Problems check() {
        return new Problems();
    }

    /** Collects problems of several fields, so a form can show them all at once. */
    final class Problems {
        private final Map<String, String> errors = new LinkedHashMap<>();

        Problems email(String email) {
            String e = Account.normalizeEmail(email);
            if (e.isEmpty()
                    || e.length() > Account.MAX_EMAIL
                    || !EMAIL.matcher(e).matches()) {
                errors.put("email", "account.email.invalid");
            }
            return this;
        }

        /** A new member's name: valid, and not the clinic's or a staff member's. */
        Problems displayName(String name) {
            return displayName(name, -1, false);
        }

        /** The name of account {@code self}; staff may call themselves what they like. */
        Problems displayName(String name, long self, boolean staff) {
            UserText.problem(name, NAME_MIN, NAME_MAX).ifPresent(key -> errors.put("displayName", key));
            if (!errors.containsKey("displayName") && !staff && reserved(name, self)) {
                errors.put("displayName", "account.name.reserved");
            }
            return this;
        }

        Problems password(String field, String password) {
            passwords.problem(password == null ? "" : password).ifPresent(key -> errors.put(field, key));
            return this;
        }

        void orThrow() {
            if (!errors.isEmpty()) {
                throw new AccountProblem(errors);
            }
        }
    }
}
