package org.physioportal.platform.mail;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code portal.mail.mode}: LOG writes mail to the log, SMTP sends it through spring.mail.*. */
@Validated
@ConfigurationProperties("portal.mail")
public record MailProperties(
        @NotNull Mode mode, @NotNull @Email String from) {

    public enum Mode {
        LOG,
        SMTP
    }
}
