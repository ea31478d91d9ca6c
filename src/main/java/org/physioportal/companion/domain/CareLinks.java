package org.physioportal.companion.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.platform.Pages;
import org.physioportal.platform.SiteProperties;
import org.physioportal.platform.mail.Mailer;
import org.physioportal.shared.Lang;
import org.physioportal.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inviting, accepting and ending therapist-patient links. An invitation is mailed with a link that
 * carries a random token (only its hash is stored); it is valid for {@link #VALID} and can be
 * accepted by whoever logs in through it, or from the invited address's own links page.
 */
@Service
@Transactional
public class CareLinks {

    static final Duration VALID = Duration.ofDays(14);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CareLinkRepository links;
    private final Mailer mailer;
    private final Pages pages;
    private final SiteProperties site;
    private final Clock clock;

    CareLinks(CareLinkRepository links, Mailer mailer, Pages pages, SiteProperties site, Clock clock) {
        this.links = links;
        this.mailer = mailer;
        this.pages = pages;
        this.site = site;
        this.clock = clock;
    }

    /** Invites the address; mails the invitation in {@code lang}. */
    public void invite(AccountPrincipal therapist, String email, Lang lang) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw new CareProblem("email", "care.invite.email-invalid");
        }
        if (address.equals(therapist.email())) {
            throw new CareProblem("email", "care.invite.self");
        }
        boolean open = links.openOfTherapist(therapist.id()).stream()
                .anyMatch(l -> l.inviteEmail().equals(address));
        if (open) {
            throw new CareProblem("email", "care.invite.exists");
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        links.save(new CareLink(therapist.id(), address, hash(token), clock.instant()));
        String url = site.baseUrl() + "/" + lang.code() + "/my/care/accept/" + token;
        mailer.sendAfterCommit(
                address,
                pages.message(lang, "care.invite.mail.subject", therapist.displayName()),
                pages.message(lang, "care.invite.mail.text", therapist.displayName(), url, site.baseUrl()));
    }

    /** A link made active at once, without an invitation: demo accounts and test fixtures only. */
    public void linkDirectly(long therapistId, long patientId, String patientEmail) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        var link = new CareLink(
                therapistId, patientEmail, hash(Base64.getEncoder().encodeToString(bytes)), clock.instant());
        link.accept(patientId, clock.instant());
        links.save(link);
    }

    /** Accepts the invitation the token belongs to, for the logged-in person; returns false if it is no longer valid. */
    public boolean acceptToken(String token, AccountPrincipal patient) {
        return links.findByTokenHash(hash(token))
                .filter(l -> usable(l, patient))
                .map(l -> {
                    l.accept(patient.id(), clock.instant());
                    return true;
                })
                .orElse(false);
    }

    /** Accepts an invitation sent to the person's own (confirmed) address. */
    public void acceptOwn(long linkId, AccountPrincipal patient) {
        CareLink link = links.findById(linkId)
                .filter(l -> l.inviteEmail().equals(patient.email()) && usable(l, patient))
                .orElseThrow(() -> new NotFoundException("invitation"));
        link.accept(patient.id(), clock.instant());
    }

    /** Ends the link or withdraws the invitation; only its therapist or its patient may. */
    public void end(long linkId, AccountPrincipal by) {
        CareLink link = links.findById(linkId)
                .filter(l -> l.status() != CareLink.Status.ENDED)
                .filter(l -> l.therapistId() == by.id()
                        || (l.patientId() != null && l.patientId() == by.id())
                        || (l.status() == CareLink.Status.INVITED
                                && l.inviteEmail().equals(by.email())))
                .orElseThrow(() -> new NotFoundException("link"));
        link.end(by.id(), clock.instant());
    }

    @Transactional(readOnly = true)
    public List<CareLink> ofTherapist(long therapistId) {
        return links.openOfTherapist(therapistId);
    }

    @Transactional(readOnly = true)
    public List<CareLink> ofPatient(AccountPrincipal patient) {
        return links.ofPatient(patient.id(), patient.email());
    }

    /** Whether an invitation may still be accepted by this person. */
    public boolean usable(CareLink link, AccountPrincipal patient) {
        return link.status() == CareLink.Status.INVITED
                && link.therapistId() != patient.id()
                && link.createdAt().plus(VALID).isAfter(clock.instant())
                && !links.isLinked(link.therapistId(), patient.id());
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
