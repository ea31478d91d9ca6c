package org.physioportal.accounts.domain;

import org.physioportal.platform.SiteProperties;

/** The account rules with the site's name "Physio Portal" reserved, for unit tests of this package. */
final class AccountRulesFixture {

    private static final PasswordPolicy POLICY = new PasswordPolicy();

    private AccountRulesFixture() {}

    static AccountRules rules(AccountRepository accounts) {
        return new AccountRules(POLICY, accounts, new SiteProperties("http://localhost:8080", "Physio Portal"));
    }
}
