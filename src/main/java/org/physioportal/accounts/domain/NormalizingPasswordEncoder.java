package org.physioportal.accounts.domain;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Hashes passwords with Argon2id (Spring Security's 5.8 defaults) after NFKC normalization, so a
 * password typed with a precomposed "á" matches one typed as "a" plus a combining accent.
 */
public final class NormalizingPasswordEncoder implements PasswordEncoder {

    private final PasswordEncoder delegate = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    /**
     * Normalizes and hashes a password.
     *
     * @param rawPassword the password as typed; {@code null} is passed on to the Argon2 encoder
     *     unchanged (which returns {@code null})
     * @return the encoded hash, starting with {@code $argon2id$}
     */
    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(normalized(rawPassword));
    }

    /**
     * Checks a password as typed against a stored hash, after normalizing it.
     *
     * @param rawPassword the password as typed; {@code null} or empty never matches
     * @param encodedPassword the stored hash
     * @return whether they match
     */
    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return delegate.matches(normalized(rawPassword), encodedPassword);
    }

    /**
     * Tells whether a stored hash was made with weaker parameters than the current ones.
     *
     * @param encodedPassword the stored hash
     * @return whether the password should be re-encoded at the next successful login
     */
    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private static String normalized(CharSequence rawPassword) {
        return rawPassword == null ? null : PasswordPolicy.normalize(rawPassword.toString());
    }
}
