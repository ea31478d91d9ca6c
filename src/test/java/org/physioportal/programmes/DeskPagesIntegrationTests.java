package org.physioportal.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.physioportal.WebSession;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountFixtures.TestAccount;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.physioportal.companion.CompanionFixtures;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.programmes.domain.ProgrammeContent;
import org.physioportal.programmes.domain.ProgrammeItem;
import org.physioportal.programmes.domain.Programmes;
import org.physioportal.shared.Lang;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** A desk of more patients than a page: those needing attention first, views recorded for the page shown only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskPagesIntegrationTests {

    static final int PATIENTS = 51;

    @LocalServerPort
    int port;

    @Autowired
    AccountsApi accounts;

    @Autowired
    Programmes programmes;

    @Autowired
    ExercisesApi exercises;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.physioportal.programmes.domain.Diary diary;

    TestAccount therapist;
    WebSession desk;
    List<Long> patients = new ArrayList<>();
    long needsAttention;

    @BeforeAll
    void caseload() {
        therapist = AccountFixtures.create(accounts, Role.THERAPIST);
        for (int i = 0; i < PATIENTS; i++) {
            TestAccount p = AccountFixtures.create(accounts, Role.MEMBER);
            patients.add(p.id());
            jdbc.update(
                    "insert into care_link (therapist_id, patient_id, invite_email, token_hash, status, created_at,"
                            + " accepted_at) values (?, ?, ?, ?, 'ACTIVE', current_timestamp, current_timestamp)",
                    therapist.id(),
                    p.id(),
                    p.email(),
                    "%064d".formatted(p.id()));
        }
        // the last by name: a daily programme and nothing logged, so "nothing logged for 7 days"
        needsAttention = patients.getLast();
        String group = exercises.allPublished(Lang.EN).getFirst().groupKey();
        var daily = new ProgrammeItem(group, 1, 5, null, 30, 1, EnumSet.allOf(DayOfWeek.class), "");
        programmes.create(
                needsAttention,
                therapist.id(),
                new ProgrammeContent("Daily", "", LocalDate.of(2020, 1, 1), null, List.of(daily)));
        jdbc.update(
                "insert into exercise_session (patient_id, session_day, client_key, pain, effort, note, created_at)"
                        + " values (?, ?, 'today', 3, 3, '', current_timestamp)",
                patients.getFirst(),
                diary.today());
        desk = CompanionFixtures.login(port, therapist);
    }

    private long deskViews() {
        return jdbc.queryForObject(
                "select count(*) from health_access where therapist_id = ? and what = 'desk'",
                Long.class,
                therapist.id());
    }

    private Document page(String query) {
        var answer = desk.get("/en/therapist" + query);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        return Jsoup.parse(answer.body());
    }

    @Test
    void theFirstPageHoldsThoseNeedingAttentionFirstAndRecordsOnlyItsRows() {
        long before = deskViews();
        Document first = page("");
        var rows = first.select(".desk-table tbody tr");
        assertThat(rows).hasSize(50);
        assertThat(rows.first().select("th a").attr("href")).isEqualTo("/en/therapist/patients/" + needsAttention);
        assertThat(rows.first().select(".tag").eachText()).contains("nothing logged for 7 days");
        assertThat(first.select("nav.pager").text()).contains("Page 1 of 2");
        assertThat(first.select("nav.pager a[rel=next]").attr("href")).isEqualTo("/en/therapist?page=2");
        assertThat(first.select("main p").eachText()).contains("51 linked patients, 1 needing attention");
        assertThat(deskViews()).isEqualTo(before + 50);

        Document second = page("?page=2");
        assertThat(second.select(".desk-table tbody tr")).hasSize(1);
        assertThat(second.select("nav.pager a[rel=prev]").attr("href")).isEqualTo("/en/therapist?page=1");
        assertThat(deskViews()).isEqualTo(before + 51);

        List<String> all = new ArrayList<>(rows.select("th a").eachAttr("href"));
        all.addAll(second.select(".desk-table tbody th a").eachAttr("href"));
        assertThat(all).doesNotHaveDuplicates().hasSize(PATIENTS);
    }

    @Test
    void eachRowSaysWhenThePatientLastLoggedInWords() {
        var rows = page("").select(".desk-table tbody tr");
        rows.addAll(page("?page=2").select(".desk-table tbody tr"));
        var today = rows.stream()
                .filter(r -> r.select("th a").attr("href").endsWith("/" + patients.getFirst()))
                .findFirst()
                .orElseThrow();
        assertThat(today.select("td").eachText()).containsExactly("–", "–", "today", "no");
        var never = rows.stream()
                .filter(r -> r.select("th a").attr("href").endsWith("/" + needsAttention))
                .findFirst()
                .orElseThrow();
        assertThat(never.select("td").eachText())
                .containsExactly("0 %", "–", "never", "adherence under 50 % nothing logged for 7 days");
        var czech = Jsoup.parse(desk.get("/cs/therapist").body());
        assertThat(czech.select(".desk-table tbody tr").first().select("td").eachText())
                .containsExactly("0 %", "–", "nikdy", "dodržování pod 50 % 7 dní bez záznamu");
    }

    @Test
    void aPageOutOfRangeShowsTheNearestAndAnUnreadablePageIsRefused() {
        assertThat(page("?page=0").select("nav.pager").text()).contains("Page 1 of 2");
        assertThat(page("?page=99").select("nav.pager").text()).contains("Page 2 of 2");
        assertThat(desk.get("/en/therapist?page=two").statusCode()).isEqualTo(400);
        assertThat(page("").select("html").attr("lang")).isEqualTo("en");
        assertThat(Jsoup.parse(desk.get("/cs/therapist").body()).select(".desk-table tbody tr"))
                .hasSize(50);
    }
}
