package org.physioportal.programmes;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.physioportal.programmes.domain.Diary;
import org.physioportal.programmes.domain.NewSession;
import org.physioportal.programmes.domain.ProgrammeContent;
import org.physioportal.programmes.domain.ProgrammeItem;
import org.physioportal.programmes.domain.Programmes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules (the demo) may do with programmes: prescribe one and log its sessions. */
@Service
@Transactional
public class ProgrammesApi {

    private final Programmes programmes;
    private final Diary diary;

    ProgrammesApi(Programmes programmes, Diary diary) {
        this.programmes = programmes;
        this.diary = diary;
    }

    /** A programme for the patient; {@code therapistId} null for a self-managed one. */
    public long prescribe(
            long patientId,
            Long therapistId,
            String title,
            String aim,
            LocalDate start,
            LocalDate review,
            List<PlannedExercise> items) {
        var content = new ProgrammeContent(
                title,
                aim,
                start,
                review,
                items.stream()
                        .map(i -> new ProgrammeItem(
                                i.groupKey(),
                                i.sets(),
                                i.reps(),
                                i.holdSeconds(),
                                i.restSeconds(),
                                i.timesPerDay(),
                                i.days(),
                                i.note()))
                        .toList());
        return programmes.create(patientId, therapistId, content);
    }

    /** Logs a session once per key (see {@link Diary#log}); returns whether it was new. */
    public boolean logSession(
            long patientId,
            long programmeId,
            LocalDate day,
            String key,
            int pain,
            int effort,
            String note,
            Set<String> done) {
        return diary.log(patientId, new NewSession(programmeId, day, key, pain, effort, note, done));
    }

    public LocalDate today() {
        return diary.today();
    }
}
