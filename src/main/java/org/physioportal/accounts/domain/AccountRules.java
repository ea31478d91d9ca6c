package org.physioportal.accounts.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.physioportal.shared.UserText;
import org.springframework.stereotype.Component;

/** The checks every account form shares; each problem is a message key under its field. */
@Component
class AccountRules {

    static final int NAME_MIN = 2;
    static final int NAME_MAX = 50;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private final PasswordPolicy passwords;

    AccountRules(PasswordPolicy passwords) {
        this.passwords = passwords;
    }

    Problems check() {
        return new Problems();
    }

    /** Collects problems of several fields, so a form can show them all at once. */
    final class Problems {
        private final Map<String, String> errors = new LinkedHashMap<>();

        Problems email(String email) {
            String e = Account.normalizeEmail(email);
            if (e.isEmpty() || e.length() > 254 || !EMAIL.matcher(e).matches()) {
                errors.put("email", "account.email.invalid");
            }
            return this;
        }

        Problems displayName(String name) {
            UserText.problem(name, NAME_MIN, NAME_MAX).ifPresent(key -> errors.put("displayName", key));
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
