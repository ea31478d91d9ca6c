package org.physioportal.accounts.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Issues and redeems mailed tokens: 256 random bits, stored hashed, single use, short-lived. */
@Component
class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountTokenRepository tokens;
    private final Clock clock;

    Tokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new token for the account; earlier unused tokens of the same purpose stop working. */
    String issue(long accountId, TokenPurpose purpose) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.deleteAll(accountId, purpose);
        tokens.save(new AccountToken(
                accountId, purpose, hash(token), clock.instant().plus(purpose.lifetime())));
        return token;
    }

    /** The account the token belongs to, if the token is valid; the token is used up. */
    Optional<Long> redeem(String token, TokenPurpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token))
                .filter(t -> t.usableFor(purpose, clock.instant()))
                .map(t -> {
                    t.use(clock.instant());
                    return t.accountId();
                });
    }

    /** Whether the token would be accepted, without using it (to show the new-password form). */
    boolean valid(String token, TokenPurpose purpose) {
        return token != null
                && token.length() <= 100
                && tokens.findByTokenHash(hash(token))
                        .filter(t -> t.usableFor(purpose, clock.instant()))
                        .isPresent();
    }

    void revokeAll(long accountId, TokenPurpose purpose) {
        tokens.deleteAll(accountId, purpose);
    }

    void revokeAll(long accountId) {
        tokens.deleteAllOf(accountId);
    }

    /**
     * Whether {@code digest} (from {@link #digest}) is that of {@code token}; compared in constant
     * time, false for a missing one.
     */
    static boolean matches(String token, String digest) {
        return token != null
                && digest != null
                && MessageDigest.isEqual(
                        hash(token).getBytes(StandardCharsets.US_ASCII), digest.getBytes(StandardCharsets.US_ASCII));
    }

    /** The token's SHA-256, as stored: something to recognise the token by without keeping it. */
    static String digest(String token) {
        return hash(token);
    }

    private static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
