package org.physioportal;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GreenMail on port 3025 (where the test profile sends mail) and helpers to read what arrived. */
public final class MailBox {

    private MailBox() {}

    /** One server for the whole test class. */
    public static GreenMailExtension server() {
        return new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(false);
    }

    /** One server for the whole test class on the given port (set {@code spring.mail.port} to match). */
    public static GreenMailExtension server(int port) {
        return new GreenMailExtension(new com.icegreen.greenmail.util.ServerSetup(port, "127.0.0.1", "smtp"))
                .withPerMethodLifecycle(false);
    }

    /** The newest mail to the address whose text contains {@code marker}, waiting up to 10 s. */
    public static String textTo(GreenMailExtension mail, String address, String marker) {
        Instant end = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(end)) {
            List<? extends Message> found = Arrays.stream(mail.getReceivedMessages())
                    .filter(m -> addressedTo(m, address))
                    .toList();
            for (int i = found.size() - 1; i >= 0; i--) {
                String text = text(found.get(i));
                if (text.contains(marker)) {
                    return text;
                }
            }
            sleep();
        }
        throw new AssertionError("No mail to " + address + " containing " + marker);
    }

    /** The path and query of the first link to {@code path} in the text (the site origin dropped). */
    public static String link(String text, String path) {
        Matcher m = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(path) + "[^\\s]*)")
                .matcher(text);
        if (!m.find()) {
            throw new AssertionError("No link to " + path + " in:\n" + text);
        }
        return m.group(1);
    }

    /**
     * A link to {@code path} in a mail to the address other than {@code earlier}: the link of a later
     * mail, whatever order the server lists its mails in (waits up to 10 s for it).
     */
    public static String newerLink(GreenMailExtension mail, String address, String path, String earlier) {
        Instant end = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(end)) {
            var links = Arrays.stream(mail.getReceivedMessages())
                    .filter(m -> addressedTo(m, address))
                    .map(MailBox::text)
                    .filter(text -> text.contains(path))
                    .map(text -> link(text, path))
                    .filter(link -> !link.equals(earlier))
                    .toList();
            if (!links.isEmpty()) {
                return links.getLast();
            }
            sleep();
        }
        throw new AssertionError("No mail to " + address + " with a link to " + path + " other than " + earlier);
    }

    public static long countTo(GreenMailExtension mail, String address) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> addressedTo(m, address))
                .count();
    }

    private static boolean addressedTo(Message message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(Message message) {
        try {
            return message.getContent().toString();
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
