package org.physioportal.programmes.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.shared.Lang;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The desk's figures kept between views: computed once a day or after a change of the patient's
 * programmes or diary, equal to what {@link Progress} derives, and never stored over a newer change.
 */
@SpringBootTest
@ActiveProfiles("test")
class DeskFiguresIntegrationTests {

    @Autowired
    DeskFigures figures;

    @Autowired
    Progress progress;

    @Autowired
    Programmes programmes;

    @Autowired
    Diary diary;

    @Autowired
    AccountsApi accounts;

    @Autowired
    ExercisesApi exercises;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProgrammeRepository programmeRepository;

    @Autowired
    ExerciseSessionRepository sessionRepository;

    @Autowired
    ProgrammesSection programmeSection;

    @Autowired
    SessionsSection sessionSection;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate inTransaction;

    private long patientWithAProgramme() {
        long id = AccountFixtures.create(accounts, Role.MEMBER).id();
        String group = exercises.allPublished(Lang.EN).getFirst().groupKey();
        var daily = new ProgrammeItem(group, 1, 5, null, 30, 1, EnumSet.allOf(DayOfWeek.class), "");
        programmes.create(id, null, new ProgrammeContent("Daily", "", LocalDate.of(2020, 1, 1), null, List.of(daily)));
        return id;
    }

    private void logDirectly(long patientId, LocalDate day, int pain, String key) {
        jdbc.update(
                "insert into exercise_session (patient_id, session_day, client_key, pain, effort, note, created_at)"
                        + " values (?, ?, ?, ?, 3, '', current_timestamp)",
                patientId,
                day,
                key,
                pain);
    }

    private Map<String, Object> row(long patientId) {
        return jdbc.queryForMap("select * from desk_figures where patient_id = ?", patientId);
    }

    @Test
    void figuresAreComputedOnceADayAndEqualWhatProgressDerives() {
        long id = patientWithAProgramme();
        LocalDate today = diary.today();
        logDirectly(id, today.minusDays(1), 4, "d1");

        var first = figures.attention(List.of(id), today).get(id);
        assertThat(first).isEqualTo(progress.attention(id, today));
        assertThat(row(id).get("computed_on").toString()).isEqualTo(today.toString());

        // a session written behind the writers' back is not seen until the next day: the stored figures are used
        logDirectly(id, today.minusDays(2), 9, "d2");
        assertThat(figures.attention(List.of(id), today).get(id)).isEqualTo(first);
        assertThat(progress.attention(id, today)).isNotEqualTo(first);

        LocalDate tomorrow = today.plusDays(1);
        assertThat(figures.attention(List.of(id), tomorrow).get(id)).isEqualTo(progress.attention(id, tomorrow));
        assertThat(row(id).get("computed_on").toString()).isEqualTo(tomorrow.toString());
    }

    @Test
    void aLoggedSessionOrAChangedProgrammeIsShownOnTheNextView() {
        long id = patientWithAProgramme();
        LocalDate today = diary.today();
        var before = figures.attention(List.of(id), today).get(id);
        assertThat(before.daysSinceLog()).isEqualTo(Long.MAX_VALUE);
        long version = ((Number) row(id).get("version")).longValue();

        assertThat(diary.log(id, new NewSession(null, today, "key-1", 7, 3, "", java.util.Set.of())))
                .isTrue();
        assertThat(((Number) row(id).get("version")).longValue()).isEqualTo(version + 1);
        assertThat(row(id).get("computed_on")).isNull();
        var after = figures.attention(List.of(id), today).get(id);
        assertThat(after.daysSinceLog()).isZero();
        assertThat(after).isEqualTo(progress.attention(id, today));

        long programme = programmes.ofPatient(id).getFirst().id();
        var twice = new ProgrammeItem(
                programmes.ofPatient(id).getFirst().items().getFirst().exerciseGroup(),
                1,
                5,
                null,
                30,
                2,
                EnumSet.allOf(DayOfWeek.class),
                "");
        programmes.update(programme, new ProgrammeContent("Daily", "", LocalDate.of(2020, 1, 1), null, List.of(twice)));
        assertThat(row(id).get("computed_on")).isNull();
        assertThat(figures.attention(List.of(id), today).get(id)).isEqualTo(progress.attention(id, today));
    }

    @Test
    void figuresComputedBeforeAChangeAreNotStoredOverIt() {
        long id = patientWithAProgramme();
        LocalDate today = diary.today();
        long version = ((Number) row(id).get("version")).longValue();
        var computed = progress.figures(List.of(id), today);

        figures.changed(id); // a session logged while the desk was computing
        assertThat(figures.store(computed, Map.of(id, version), today, new java.util.HashMap<>()))
                .isZero();
        assertThat(row(id).get("computed_on")).isNull();

        assertThat(figures.store(computed, Map.of(id, version + 1), today, new java.util.HashMap<>()))
                .isOne();
        assertThat(row(id).get("computed_on").toString()).isEqualTo(today.toString());
    }

    @Test
    void aSessionLoggedWhileTheDeskComputesIsNotHiddenByTheFiguresComputedBeforeIt() {
        long id = patientWithAProgramme();
        LocalDate today = diary.today();
        // the desk's computation, with a session logged by the patient in the middle of it
        Progress racing = new Progress(programmeRepository, sessionRepository) {
            @Override
            Map<Long, Figures> figures(java.util.Collection<Long> patientIds, LocalDate day) {
                Map<Long, Figures> before = super.figures(patientIds, day);
                diary.log(id, new NewSession(null, day, "meanwhile", 9, 3, "", java.util.Set.of()));
                return before;
            }
        };
        var desk = new DeskFigures(racing, jdbc);
        var shown = desk.attention(List.of(id), today).get(id);
        assertThat(shown.daysSinceLog()).as("computed before the session").isEqualTo(Long.MAX_VALUE);
        assertThat(row(id).get("computed_on")).as("not stored over the change").isNull();
        assertThat(figures.attention(List.of(id), today).get(id).daysSinceLog()).isZero();
    }

    @Test
    void aPatientWithoutARowGetsOneAndEveryChangeIsCountedOnce() {
        long id = AccountFixtures.create(accounts, Role.MEMBER).id();
        LocalDate today = diary.today();
        assertThat(jdbc.queryForObject("select count(*) from desk_figures where patient_id = ?", Long.class, id))
                .isZero();
        assertThat(figures.attention(List.of(id), today).get(id)).isEqualTo(progress.attention(id, today));
        assertThat(row(id).get("computed_on").toString()).isEqualTo(today.toString());

        figures.changed(id);
        figures.changed(id);
        assertThat(((Number) row(id).get("version")).longValue()).isEqualTo(2);
        assertThat(row(id).get("computed_on")).isNull();
        assertThat(figures.attention(List.of(), today)).isEmpty();
    }

    @Test
    void deletingThePatientsDataMarksTheFiguresChanged() {
        long id = patientWithAProgramme();
        LocalDate today = diary.today();
        figures.attention(List.of(id), today);
        assertThat(row(id).get("computed_on")).isNotNull();
        // the privacy page's "delete everything" goes through the sections
        inTransaction.executeWithoutResult(t -> programmeSection.deleteAll(id));
        assertThat(row(id).get("computed_on")).isNull();

        figures.attention(List.of(id), today);
        inTransaction.executeWithoutResult(t -> sessionSection.deleteAll(id));
        assertThat(row(id).get("computed_on")).isNull();
    }
}
