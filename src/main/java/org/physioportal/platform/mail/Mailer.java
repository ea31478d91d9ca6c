package org.physioportal.platform.mail;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Outgoing e-mail. Mail is sent only after the surrounding transaction commits (nothing is sent for
 * a change that was rolled back) and on a virtual thread, so a slow mail server never delays a
 * page. With {@code portal.mail.mode=log} (the default for one machine) the message, links
 * included, is written to the log instead of being sent.
 */
@Component
@EnableConfigurationProperties(MailProperties.class)
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final MailProperties properties;
    private final ObjectProvider<JavaMailSender> sender;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    Mailer(MailProperties properties, ObjectProvider<JavaMailSender> sender, Environment environment) {
        this.properties = properties;
        this.sender = sender;
        if (properties.mode() == MailProperties.Mode.LOG && environment.matchesProfiles("postgres")) {
            log.warn("portal.mail.mode=log with the production profile: confirmation and password reset links "
                    + "are written to the log, where anyone who reads it can use them. Set PORTAL_MAIL_MODE=smtp.");
        }
    }

    /** Sends once the current transaction has committed, or at once outside a transaction. */
    public void sendAfterCommit(String to, String subject, String text) {
        Runnable send = () -> executor.execute(() -> deliver(to, subject, text));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    private void deliver(String to, String subject, String text) {
        if (properties.mode() == MailProperties.Mode.LOG) {
            log.info("Mail (not sent, portal.mail.mode=log) to {}: {}\n{}", to, subject, text);
            return;
        }
        try {
            var message = new SimpleMailMessage();
            message.setFrom(properties.from());
            message.setTo(to);
            message.setSubject(subject);
            message.setText(text);
            sender.getObject().send(message);
        } catch (RuntimeException e) {
            log.error("Mail to {} could not be sent: {}", to, e.getMessage());
        }
    }
}
