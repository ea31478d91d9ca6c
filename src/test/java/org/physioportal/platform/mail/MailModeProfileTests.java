package org.physioportal.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Configuration;

/**
 * Issue 22, "also": mails carry live links (confirmation, password reset), so the production profile
 * sends them and writes them to the log only when told to explicitly ({@code PORTAL_MAIL_MODE=log}).
 */
class MailModeProfileTests {

    @Configuration(proxyBeanMethods = false)
    static class NothingButTheConfigurationFiles {}

    static String mode(String... profiles) {
        try (var context = new SpringApplicationBuilder(NothingButTheConfigurationFiles.class)
                .web(WebApplicationType.NONE)
                .profiles(profiles)
                .logStartupInfo(false)
                .run()) {
            return context.getEnvironment().getProperty("portal.mail.mode");
        }
    }

    @Test
    void oneMachineLogsMailByDefault() {
        assertThat(mode()).isEqualTo("log");
    }

    @Test
    void theProductionProfileSendsMailUnlessToldOtherwise() {
        assertThat(mode("postgres")).isEqualTo("smtp");
    }
}
