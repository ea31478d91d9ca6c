package org.physioportal.accounts.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code portal.accounts.remember-me-key}: the secret that signs remember-me cookies; when empty, a
 * random key is created once and kept in the data directory. {@code bootstrap-admin-email} and
 * {@code bootstrap-admin-password}: when set and no admin exists yet, that admin is created at start.
 */
@ConfigurationProperties("portal.accounts")
record AccountsProperties(String rememberMeKey, String bootstrapAdminEmail, String bootstrapAdminPassword) {}
