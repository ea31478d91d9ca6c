package org.physioportal.companion;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.physioportal.MailBox;
import org.physioportal.WebSession;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** Therapist role, invitations, consent, links ended from either side, the access record and export/delete. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.mail.port=" + CompanionFixtures.MAIL_PORT)
@ActiveProfiles("test")
class CompanionIntegrationTests {

    @RegisterExtension
    static GreenMailExtension mail = CompanionFixtures.mail();

    @LocalServerPort
    int port;

    @Autowired
    AccountsApi accounts;

    @Autowired
    PatientAccess access;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.physioportal.accounts.domain.AccountService accountService;

    @Autowired
    org.physioportal.companion.domain.CareLinks careLinks;

    @Autowired
    org.physioportal.companion.domain.HealthData healthData;

    @Test
    void anAdminGrantsTheTherapistRoleAndOnlyTherapistsReachTheirPages() {
        var admin = AccountFixtures.create(accounts, Role.ADMIN);
        var member = AccountFixtures.create(accounts, Role.MEMBER);
        var adminSession = CompanionFixtures.login(port, admin);
        assertThat(adminSession.get("/en/therapist/patients").statusCode()).isEqualTo(403);
        adminSession.get("/admin/accounts?lang=en");
        var granted = adminSession.post("/admin/accounts/" + member.id() + "/roles", "role", "THERAPIST");
        assertThat(granted.statusCode()).isEqualTo(302);
        assertThat(accounts.find(member.id()).orElseThrow().roles()).contains(Role.THERAPIST);

        var therapist = CompanionFixtures.login(port, member);
        var page = therapist.get("/en/therapist/patients");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(Jsoup.parse(page.body()).select("h1").text()).isEqualTo("My patients");
    }

    @Test
    void aPatientAcceptsAnInvitationAfterConsentingAndEitherSideEndsTheLink() {
        var x = AccountFixtures.create(accounts, Role.THERAPIST);
        var a = AccountFixtures.create(accounts, Role.MEMBER);
        var b = AccountFixtures.create(accounts, Role.MEMBER);
        WebSession therapist = CompanionFixtures.login(port, x);
        WebSession patient = CompanionFixtures.login(port, a);

        therapist.get("/en/therapist/patients");
        assertThat(therapist
                        .post(
                                "/en/therapist/patients/invite",
                                "email",
                                a.email().toUpperCase())
                        .statusCode())
                .isEqualTo(302);
        String link = MailBox.link(MailBox.textTo(mail, a.email(), "/my/care/accept/"), "/en/my/care/accept/");
        var gate = patient.get(link);
        assertThat(gate.statusCode()).isEqualTo(302);
        assertThat(gate.headers().firstValue("Location").orElseThrow()).contains("/en/my/consent?next=");
        assertThat(access.isLinked(x.id(), a.id())).isFalse();

        CompanionFixtures.consent(patient);
        var question = patient.get(link);
        assertThat(Jsoup.parse(question.body()).select("main p").text()).contains(x.displayName());
        assertThat(patient.post(link).statusCode()).isEqualTo(302);
        assertThat(access.isLinked(x.id(), a.id())).isTrue();
        assertThat(access.linkedPatients(x.id())).extracting(PatientSummary::id).containsExactly(a.id());

        // the token is used up: nobody else can take it
        WebSession other = CompanionFixtures.login(port, b);
        CompanionFixtures.consent(other);
        assertThat(other.get(link).statusCode()).isEqualTo(404);
        assertThat(other.post(link).statusCode()).isEqualTo(404);
        assertThat(access.isLinked(x.id(), b.id())).isFalse();

        long linkId = jdbc.queryForObject(
                "select id from care_link where therapist_id = ? and patient_id = ?", Long.class, x.id(), a.id());
        other.get("/en/my/care");
        assertThat(other.post("/en/my/care/" + linkId + "/end").statusCode()).isEqualTo(404);
        assertThat(access.isLinked(x.id(), a.id())).isTrue();

        patient.get("/en/my/care");
        assertThat(patient.post("/en/my/care/" + linkId + "/end").statusCode()).isEqualTo(302);
        assertThat(access.isLinked(x.id(), a.id())).isFalse();
        assertThat(access.linkedPatients(x.id())).isEmpty();
    }

    @Test
    void theTherapistEndsALinkAndAnInvitationCanBeAcceptedFromTheInvitedAddress() {
        var x = AccountFixtures.create(accounts, Role.THERAPIST);
        var a = AccountFixtures.create(accounts, Role.MEMBER);
        WebSession therapist = CompanionFixtures.login(port, x);
        WebSession patient = CompanionFixtures.login(port, a);
        CompanionFixtures.consent(patient);
        therapist.get("/en/therapist/patients");
        therapist.post("/en/therapist/patients/invite", "email", a.email());
        var care = Jsoup.parse(patient.get("/en/my/care").body());
        String accept = care.select("form[action$=/accept]").attr("action");
        assertThat(patient.post(accept).statusCode()).isEqualTo(302);
        assertThat(access.isLinked(x.id(), a.id())).isTrue();

        var list = Jsoup.parse(therapist.get("/en/therapist/patients").body());
        assertThat(list.select("a[href=/en/therapist/patients/" + a.id() + "]").text())
                .isEqualTo(a.displayName());
        String end = list.select("form[action$=/end]").attr("action");
        assertThat(therapist.post(end).statusCode()).isEqualTo(302);
        assertThat(access.isLinked(x.id(), a.id())).isFalse();
    }

    @Test
    void aBadAddressIsRefusedNextToTheFieldAndNothingIsSaved() {
        var x = AccountFixtures.create(accounts, Role.THERAPIST);
        WebSession therapist = CompanionFixtures.login(port, x);
        therapist.get("/en/therapist/patients");
        for (String bad : new String[] {"", "not-an-address", "a@b", x.email()}) {
            var answer = therapist.post("/en/therapist/patients/invite", "email", bad);
            assertThat(answer.statusCode()).as(bad).isEqualTo(400);
            var doc = Jsoup.parse(answer.body());
            assertThat(doc.select("#email-error").text()).as(bad).isNotBlank();
            assertThat(doc.select("#email").attr("aria-invalid")).isEqualTo("true");
        }
        assertThat(jdbc.queryForObject("select count(*) from care_link where therapist_id = ?", Long.class, x.id()))
                .isZero();
    }

    @Test
    void theConsentStepRefusesAnUntickedBoxAndTheDataCanBeExportedAndDeleted() {
        var x = AccountFixtures.create(accounts, Role.THERAPIST);
        var a = AccountFixtures.create(accounts, Role.MEMBER);
        WebSession patient = CompanionFixtures.login(port, a);
        patient.get("/en/my/consent");
        var refused = patient.post("/en/my/consent", "next", "/en/my/care");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).select("#agree-error").text()).isNotBlank();
        assertThat(access.hasConsented(a.id())).isFalse();
        CompanionFixtures.consent(patient);
        CompanionFixtures.link(mail, CompanionFixtures.login(port, x), patient, a);

        var seen = access.requireOwnerOrLinkedTherapist(a.id(), principal(x.id()), "programme");
        assertThat(seen).isEqualTo(ViewedAs.THERAPIST);
        var privacy = Jsoup.parse(patient.get("/en/my/privacy").body());
        assertThat(privacy.select("tbody tr td").eachText()).contains(x.displayName(), "programme");

        var json = patient.get("/en/my/privacy/export.json");
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(json.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(json.body())
                .contains("\"access_record\"")
                .contains(x.displayName())
                .contains("\"ACTIVE\"");
        var csv = patient.get("/en/my/privacy/export.csv");
        assertThat(csv.body()).startsWith("section,record,field,value").contains("\"links\",1,\"status\",\"ACTIVE\"");

        patient.get("/en/my/privacy");
        assertThat(patient.post("/en/my/privacy/delete").statusCode()).isEqualTo(400);
        assertThat(access.isLinked(x.id(), a.id())).isTrue();
        assertThat(patient.post("/en/my/privacy/delete", "confirm", "yes").statusCode())
                .isEqualTo(302);
        assertThat(access.isLinked(x.id(), a.id())).isFalse();
        assertThat(access.hasConsented(a.id())).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from health_access where patient_id = ?", Long.class, a.id()))
                .isZero();
    }

    @Test
    void aTherapistWhoIsNotLinkedIsRefusedAndNothingIsRecorded() {
        var y = AccountFixtures.create(accounts, Role.THERAPIST);
        var a = AccountFixtures.create(accounts, Role.MEMBER);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> access.requireOwnerOrLinkedTherapist(a.id(), principal(y.id()), "programme"))
                .isInstanceOf(org.physioportal.shared.NotFoundException.class);
        assertThat(access.requireOwnerOrLinkedTherapist(a.id(), principal(a.id()), "programme"))
                .isEqualTo(ViewedAs.PATIENT);
        assertThat(jdbc.queryForObject("select count(*) from health_access where patient_id = ?", Long.class, a.id()))
                .isZero();
    }

    @Test
    void deletingAccountsKeepsTheAccessRecordTrueWithoutForeignKeys() throws Exception {
        try (var db = jdbc.getDataSource().getConnection()) {
            for (String table : new String[] {"health_access", "HEALTH_ACCESS"}) {
                try (var keys = db.getMetaData().getImportedKeys(db.getCatalog(), db.getSchema(), table)) {
                    assertThat(keys.next()).as("a foreign key of " + table).isFalse();
                }
            }
            try (var columns = db.getMetaData().getColumns(db.getCatalog(), db.getSchema(), "%", "%")) {
                boolean found = false;
                while (columns.next()) {
                    found |= columns.getString("TABLE_NAME").equalsIgnoreCase("health_access");
                }
                assertThat(found).as("the metadata looked at the right schema").isTrue();
            }
            // a deleted therapist's entries are found by their id, not by reading the whole record
            var indexed = new java.util.HashSet<String>();
            for (String table : new String[] {"health_access", "HEALTH_ACCESS"}) {
                try (var indexes =
                        db.getMetaData().getIndexInfo(db.getCatalog(), db.getSchema(), table, false, false)) {
                    while (indexes.next()) {
                        if (indexes.getShort("ORDINAL_POSITION") == 1) {
                            indexed.add(indexes.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
                        }
                    }
                }
            }
            assertThat(indexed).contains("patient_id", "therapist_id");
        }
        var linked = linkedPair();
        var x = linked.therapist();
        var a = linked.patient();
        access.requireOwnerOrLinkedTherapist(a.id(), principal(x.id()), "programme");
        access.recordViews(java.util.List.of(a.id()), principal(x.id()), "desk");
        String entries = "select count(*) from health_access where patient_id = ? and therapist_name = ?";
        assertThat(jdbc.queryForObject(entries, Long.class, a.id(), x.displayName()))
                .isEqualTo(2);

        // the therapist goes: the patient still sees who it was, by the name recorded
        accountService.delete(x.id(), AccountFixtures.PASSWORD, false);
        assertThat(jdbc.queryForObject(entries, Long.class, a.id(), x.displayName()))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from health_access where therapist_id = ?", Long.class, x.id()))
                .isZero();
        var privacy = Jsoup.parse(linked.session().get("/en/my/privacy").body());
        assertThat(privacy.select("tbody tr td").eachText())
                .contains(x.displayName(), "programme", "desk (adherence and pain)");

        // the patient goes: nothing of theirs is left
        accountService.delete(a.id(), AccountFixtures.PASSWORD, false);
        assertThat(jdbc.queryForObject("select count(*) from health_access where patient_id = ?", Long.class, a.id()))
                .isZero();
    }

    @Test
    void aDeskViewOfManyIsRecordedForAllOrRefusedForAllWhenOneIsNotLinked() {
        var linked = linkedPair();
        var x = linked.therapist();
        var a = linked.patient();
        var b = AccountFixtures.create(accounts, Role.MEMBER);
        String count = "select count(*) from health_access where therapist_id = ?";

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> access.recordViews(java.util.List.of(a.id(), b.id()), principal(x.id()), "desk"))
                .isInstanceOf(org.physioportal.shared.NotFoundException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> access.recordViews(java.util.List.of(a.id(), 987_654_321L), principal(x.id()), "desk"))
                .isInstanceOf(org.physioportal.shared.NotFoundException.class);
        assertThat(jdbc.queryForObject(count, Long.class, x.id())).isZero();

        access.recordViews(java.util.List.of(a.id(), a.id()), principal(x.id()), "desk");
        assertThat(jdbc.queryForObject(count, Long.class, x.id())).isOne();

        // another therapist's patient, a viewer who is not a therapist, and a link that has ended
        var y = AccountFixtures.create(accounts, Role.THERAPIST);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> access.recordViews(java.util.List.of(a.id()), principal(y.id()), "desk"))
                .isInstanceOf(org.physioportal.shared.NotFoundException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> access.recordViews(java.util.List.of(a.id()), principal(b.id()), "desk"))
                .isInstanceOf(org.physioportal.shared.NotFoundException.class);
        long link = jdbc.queryForObject(
                "select id from care_link where therapist_id = ? and patient_id = ? and status = 'ACTIVE'",
                Long.class,
                x.id(),
                a.id());
        careLinks.end(link, principal(a.id()));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> access.recordViews(java.util.List.of(a.id()), principal(x.id()), "desk"))
                .isInstanceOf(org.physioportal.shared.NotFoundException.class);
        assertThat(jdbc.queryForObject(count, Long.class, x.id())).isOne();
        assertThat(jdbc.queryForObject(count, Long.class, y.id())).isZero();
    }

    @Test
    void theDailySweepRemovesEntriesOfAccountsThatNoLongerExist() {
        var x = AccountFixtures.create(accounts, Role.THERAPIST);
        var a = AccountFixtures.create(accounts, Role.MEMBER);
        long gone = 987_654_321L;
        String insert = "insert into health_access (patient_id, therapist_id, therapist_name, seen_at, what)"
                + " values (?, ?, 'Someone', current_timestamp, 'desk')";
        // no foreign keys: entries naming accounts that do not exist can be written (a view in
        // flight while an account is deleted); the sweep removes them or drops the therapist's id
        jdbc.update(insert, gone, x.id());
        jdbc.update(insert, a.id(), gone);
        jdbc.update(insert, a.id(), x.id());

        healthData.sweep();

        assertThat(jdbc.queryForObject("select count(*) from health_access where patient_id = ?", Long.class, gone))
                .isZero();
        assertThat(jdbc.queryForList(
                        "select therapist_id from health_access where patient_id = ? order by therapist_id",
                        Long.class,
                        a.id()))
                .containsExactlyInAnyOrder(null, x.id());
    }

    @Test
    void privatePagesAskAnonymousReadersToLogInAndAreNeverCached() {
        var anonymous = new WebSession(port);
        for (String path : new String[] {"/en/my/care", "/cs/my/privacy", "/en/therapist/patients"}) {
            var answer = anonymous.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location").orElseThrow()).contains("/login?");
            assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
    }

    /** A therapist and a patient who consented and accepted the therapist's invitation, with the patient's session. */
    private record Linked(
            AccountFixtures.TestAccount therapist, AccountFixtures.TestAccount patient, WebSession session) {}

    private Linked linkedPair() {
        var x = AccountFixtures.create(accounts, Role.THERAPIST);
        var a = AccountFixtures.create(accounts, Role.MEMBER);
        var patient = CompanionFixtures.login(port, a);
        CompanionFixtures.consent(patient);
        CompanionFixtures.link(mail, CompanionFixtures.login(port, x), patient, a);
        return new Linked(x, a, patient);
    }

    private org.physioportal.accounts.AccountPrincipal principal(long id) {
        var summary = accounts.find(id).orElseThrow();
        return new org.physioportal.accounts.AccountPrincipal(
                id, summary.email(), summary.displayName(), summary.lang(), summary.roles(), true, 0, null);
    }
}
