package org.physioportal.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.physioportal.companion.CompanionApi;
import org.physioportal.programmes.PlannedExercise;
import org.physioportal.programmes.ProgrammesApi;
import org.physioportal.shared.Lang;
import org.springframework.stereotype.Component;

/**
 * The patient companion's demo: a therapist and two linked patients with eight weeks of diary, so a
 * newcomer sees the charts and the desk at once. Lucie keeps to her programme and her pain eases;
 * Mark trains less and less, his pain rises and he has logged nothing for over a week, so the desk
 * puts him first. The history is the same on every start (a fixed seed), ending yesterday.
 */
@Component
class DemoCompanion {

    private static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);
    private static final Set<DayOfWeek> MON_WED_FRI =
            EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);

    private final AccountsApi accounts;
    private final CompanionApi companion;
    private final ProgrammesApi programmes;

    DemoCompanion(AccountsApi accounts, CompanionApi companion, ProgrammesApi programmes) {
        this.accounts = accounts;
        this.companion = companion;
        this.programmes = programmes;
    }

    void create(String password) {
        long therapist = accounts.createVerified(
                "therapist" + DemoAccounts.DOMAIN, "Tomáš (demo therapist)", password, Lang.CS, Set.of(Role.THERAPIST));
        long lucie = patient("patient1" + DemoAccounts.DOMAIN, "Lucie (demo patient)", Lang.CS, password, therapist);
        long mark = patient("patient2" + DemoAccounts.DOMAIN, "Mark (demo patient)", Lang.EN, password, therapist);
        LocalDate today = programmes.today();
        LocalDate start = today.minusWeeks(8);
        long back = programmes.prescribe(
                lucie,
                therapist,
                "Záda v klidu",
                "Zpevnit střed těla a uvolnit bederní páteř po návratu k běhu.",
                start,
                today.plusWeeks(2),
                List.of(
                        new PlannedExercise(
                                "core-activation-breathing", 2, 8, null, 30, 1, EVERY_DAY, "Pomalu, výdech nosem."),
                        new PlannedExercise("forearm-plank", 3, null, 20, 40, 1, EVERY_DAY, ""),
                        new PlannedExercise("cat-camel", 2, 10, null, 20, 1, EVERY_DAY, "Jen v rozsahu bez bolesti.")));
        long run = programmes.prescribe(
                mark,
                therapist,
                "Back to running",
                "Build hip and trunk strength before longer runs.",
                start,
                today.minusDays(3),
                List.of(
                        new PlannedExercise("glute-bridge", 3, 12, null, 45, 1, MON_WED_FRI, ""),
                        new PlannedExercise("bird-dog", 3, 8, null, 30, 1, MON_WED_FRI, "Keep the pelvis level."),
                        new PlannedExercise("hip-flexor-stretch", 2, null, 30, 15, 1, MON_WED_FRI, "Both sides.")));
        history(
                lucie,
                back,
                start,
                today,
                EVERY_DAY,
                11,
                List.of("core-activation-breathing", "forearm-plank", "cat-camel"),
                true);
        history(
                mark,
                run,
                start,
                today,
                MON_WED_FRI,
                29,
                List.of("glute-bridge", "bird-dog", "hip-flexor-stretch"),
                false);
    }

    private long patient(String email, String name, Lang lang, String password, long therapist) {
        long id = accounts.createVerified(email, name, password, lang, Set.of(Role.MEMBER));
        companion.consent(id);
        companion.link(therapist, id, email);
        return id;
    }

    /**
     * Eight weeks of sessions up to yesterday. Improving: about nine sessions in ten, pain from 6 down
     * to 2. Not improving: fewer sessions each week, pain from 3 up to 6, nothing in the last 8 days.
     */
    private void history(
            long patient,
            long programme,
            LocalDate start,
            LocalDate today,
            Set<DayOfWeek> days,
            long seed,
            List<String> groups,
            boolean improving) {
        Random random = new Random(seed);
        int span = (int) (today.toEpochDay() - start.toEpochDay());
        for (int i = 0; i < span; i++) {
            LocalDate day = start.plusDays(i);
            double progress = i / (double) span;
            double chance = improving ? 0.9 : 0.85 - 0.6 * progress;
            if (!days.contains(day.getDayOfWeek()) || random.nextDouble() > chance || (!improving && i >= span - 8)) {
                continue;
            }
            double painTrend = improving ? 6 - 4 * progress : 3 + 3 * progress;
            int pain = (int) Math.max(0, Math.min(10, Math.round(painTrend + random.nextGaussian() * 0.7)));
            int effort = 2 + random.nextInt(2);
            Set<String> done = new HashSet<>(groups);
            if (random.nextDouble() < 0.2) {
                done.remove(groups.get(random.nextInt(groups.size())));
            }
            programmes.logSession(patient, programme, day, "demo-" + patient + "-" + day, pain, effort, "", done);
        }
    }
}
