package org.physioportal.companion;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.http.HttpResponse;
import org.physioportal.MailBox;
import org.physioportal.WebSession;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountFixtures.TestAccount;

/** Logged-in sessions, consent and links for companion tests, over real HTTP. */
public final class CompanionFixtures {

    /** A GreenMail port of this work's own range, so that parallel test runs do not collide. */
    public static final int MAIL_PORT = 18025;

    private CompanionFixtures() {}

    public static GreenMailExtension mail() {
        return new GreenMailExtension(new ServerSetup(MAIL_PORT, null, ServerSetup.PROTOCOL_SMTP))
                .withPerMethodLifecycle(false);
    }

    public static WebSession login(int port, TestAccount account) {
        var session = new WebSession(port);
        var answer = session.login(account.email(), AccountFixtures.PASSWORD);
        assertThat(answer.statusCode()).as("login of %s", account.email()).isEqualTo(302);
        session.refreshToken("/account");
        return session;
    }

    /** Gives the consent (the patient reads the consent page first, as in a browser). */
    public static void consent(WebSession patient) {
        patient.get("/en/my/consent");
        var answer = patient.post("/en/my/consent", "agree", "yes", "next", "/en/my/care");
        assertThat(answer.statusCode()).isEqualTo(302);
    }

    /** The therapist invites the patient, who accepts through the mailed link. */
    public static void link(GreenMailExtension mail, WebSession therapist, WebSession patient, TestAccount who) {
        therapist.get("/en/therapist/patients");
        var invited = therapist.post("/en/therapist/patients/invite", "email", who.email());
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(302);
        String link = MailBox.link(MailBox.textTo(mail, who.email(), "/my/care/accept/"), "/en/my/care/accept/");
        HttpResponse<String> page = patient.get(link);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(patient.post(link).statusCode()).isEqualTo(302);
    }
}
