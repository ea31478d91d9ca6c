package org.physioportal.programmes.reminders;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The private addresses of calendar feeds: a token of 256 random bits per patient, shown to the
 * patient once when made; only its SHA-256 is stored, so the address cannot be read back from the
 * database. Making a new one revokes the old one.
 */
@Service
@Transactional
class CalendarTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final CalendarTokenRepository tokens;
    private final Clock clock;

    CalendarTokens(CalendarTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new token for the patient (the old one, if any, stops working); returns the token itself. */
    String renew(long patientId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.findById(patientId)
                .ifPresentOrElse(
                        current -> current.replace(hash(token), clock.instant()),
                        () -> tokens.save(new CalendarToken(patientId, hash(token), clock.instant())));
        return token;
    }

    void revoke(long patientId) {
        tokens.deleteById(patientId);
    }

    /** When the patient's current feed address was made, if they have one. */
    @Transactional(readOnly = true)
    Optional<Instant> createdAt(long patientId) {
        return tokens.findById(patientId).map(CalendarToken::createdAt);
    }

    /** The patient whose feed the token opens; empty for anything else. */
    @Transactional(readOnly = true)
    Optional<Long> patientOf(String token) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(token)).map(CalendarToken::patientId);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
