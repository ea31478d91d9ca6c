package org.physioportal.accounts.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import org.physioportal.platform.DataDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The remember-me key: configured ({@code PORTAL_REMEMBER_ME_KEY}, the same on every node), or made
 * once and kept in {@code <data-dir>/secrets/remember-me.key}, readable by the portal's user only.
 */
@Component
class RememberMeKey {

    private final String value;

    RememberMeKey(AccountsProperties properties, @Value("${portal.data-dir}") Path dataDir) {
        String configured = properties.rememberMeKey();
        this.value = configured != null && !configured.isBlank() ? configured : stored(dataDir.resolve("secrets"));
    }

    String value() {
        return value;
    }

    private static String stored(Path dir) {
        Path file = dir.resolve("remember-me.key");
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            String key = Base64.getEncoder().encodeToString(bytes);
            DataDirectory.writePrivate(file, key);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the remember-me key in " + dir, e);
        }
    }
}
