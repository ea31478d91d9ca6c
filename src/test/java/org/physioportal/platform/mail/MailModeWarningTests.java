package org.physioportal.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mock.env.MockEnvironment;

/**
 * Issue 22, "also": with the production profile, mail written to the log (live confirmation and
 * reset links) is warned about at start when someone set it explicitly; one machine is not.
 */
@ExtendWith(OutputCaptureExtension.class)
class MailModeWarningTests {

    static Mailer mailer(MailProperties.Mode mode, String... profiles) {
        var environment = new MockEnvironment();
        environment.setActiveProfiles(profiles);
        return new Mailer(
                new MailProperties(mode, "portal@test.example"),
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                environment);
    }

    static String warnings(CapturedOutput output) {
        return output.getAll()
                .lines()
                .filter(line -> line.contains("WARN") && line.contains("Mailer"))
                .reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void logModeWithTheProductionProfileIsWarnedAbout(CapturedOutput output) {
        mailer(MailProperties.Mode.LOG, "postgres");
        assertThat(warnings(output)).contains("portal.mail.mode=log").contains("PORTAL_MAIL_MODE=smtp");
    }

    @Test
    void sendingMailOrOneMachineIsNot(CapturedOutput output) {
        mailer(MailProperties.Mode.SMTP, "postgres");
        mailer(MailProperties.Mode.LOG);
        assertThat(warnings(output)).isEmpty();
    }
}
