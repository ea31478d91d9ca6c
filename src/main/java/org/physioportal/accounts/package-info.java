/**
 * Accounts: registration with e-mail verification, login, password reset, profile, deletion and
 * roles. The root package is the module's public face: {@link org.physioportal.accounts.AccountsApi},
 * the principal, roles and events.
 */
package org.physioportal.accounts;
