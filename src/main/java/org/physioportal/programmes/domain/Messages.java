package org.physioportal.programmes.domain;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.platform.Pages;
import org.physioportal.platform.SiteProperties;
import org.physioportal.platform.mail.Mailer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages about a prescribed programme. The recipient gets an e-mail notice with a link to the
 * thread and never the text itself (health data stays out of mailboxes); opening the thread marks the
 * other side's messages read.
 */
@Service
@Transactional
public class Messages {

    private final ProgrammeMessageRepository messages;
    private final AccountsApi accounts;
    private final Mailer mailer;
    private final Pages pages;
    private final SiteProperties site;
    private final Clock clock;

    Messages(
            ProgrammeMessageRepository messages,
            AccountsApi accounts,
            Mailer mailer,
            Pages pages,
            SiteProperties site,
            Clock clock) {
        this.messages = messages;
        this.accounts = accounts;
        this.mailer = mailer;
        this.pages = pages;
        this.site = site;
        this.clock = clock;
    }

    /** Sends; the caller has checked that the sender is the programme's patient or its linked therapist. */
    public void send(Programme programme, long senderId, boolean fromPatient, String body) {
        messages.save(new ProgrammeMessage(programme.id(), senderId, fromPatient, body, clock.instant()));
        Long to = fromPatient ? programme.therapistId() : programme.patientId();
        if (to == null) {
            return;
        }
        accounts.find(to).ifPresent(recipient -> {
            String path = fromPatient
                    ? "/therapist/programmes/" + programme.id() + "/messages"
                    : "/my/programmes/" + programme.id() + "/messages";
            String url = site.baseUrl() + "/" + recipient.lang().code() + path;
            mailer.sendAfterCommit(
                    recipient.email(),
                    pages.message(recipient.lang(), "message.mail.subject"),
                    pages.message(recipient.lang(), "message.mail.text", url));
        });
    }

    /** The thread, marking as read what the reader received. */
    public List<ProgrammeMessage> open(long programmeId, boolean readerIsPatient) {
        List<ProgrammeMessage> thread = messages.thread(programmeId);
        thread.stream().filter(m -> m.fromPatient() != readerIsPatient).forEach(m -> m.read(clock.instant()));
        return thread;
    }

    /** Unread messages for the reader, by programme id. */
    @Transactional(readOnly = true)
    public Map<Long, Long> unread(List<Long> programmeIds, boolean readerIsPatient) {
        Map<Long, Long> counts = new HashMap<>();
        if (!programmeIds.isEmpty()) {
            messages.unread(programmeIds, !readerIsPatient).forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        }
        return counts;
    }
}
