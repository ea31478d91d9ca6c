package org.physioportal.programmes.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.companion.PatientAccess;
import org.physioportal.companion.PatientSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The therapist's desk: linked patients ordered by need of attention (adherence under 50 % over 14
 * days, pain up by 2 or more over two weeks, nothing logged for 7 days), most flags first, then by
 * name, in pages of {@link #PAGE_SIZE}: the first page holds those who need attention most. Showing
 * a patient's flags is a view of their data, so it is recorded for the patients on the page shown
 * (and only for them). One transaction for the whole view, with one commit.
 */
@Service
public class Desk {

    /** Rows a page: a working list a therapist reads at a glance, not a whole caseload. */
    public static final int PAGE_SIZE = 50;

    /** One patient as the desk shows them. */
    public record Line(PatientSummary patient, Progress.Attention attention) {}

    /**
     * The page shown ({@code page}, counted from 1, within the range), its lines, the number of linked
     * patients and of those needing attention.
     */
    public record Page(List<Line> lines, int page, int total, long needing) {}

    private final PatientAccess access;
    private final DeskFigures figures;
    private final Diary diary;

    Desk(PatientAccess access, DeskFigures figures, Diary diary) {
        this.access = access;
        this.figures = figures;
        this.diary = diary;
    }

    /** The page nearest to {@code requested} of the therapist's desk; its patients' views are recorded. */
    @Transactional
    public Page page(AccountPrincipal therapist, int requested) {
        List<PatientSummary> patients = access.linkedPatients(therapist.id());
        Map<Long, Progress.Attention> attention =
                figures.attention(patients.stream().map(PatientSummary::id).toList(), diary.today());
        List<Line> lines = patients.stream()
                .map(p -> new Line(p, attention.get(p.id())))
                .sorted(Comparator.comparingInt((Line l) -> -l.attention().score())
                        .thenComparing(l -> l.patient().displayName())
                        .thenComparingLong(l -> l.patient().id())) // the same pages on every view
                .toList();
        int pages = Math.max(1, (lines.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.clamp(requested, 1, pages);
        List<Line> onPage = lines.subList((shown - 1) * PAGE_SIZE, Math.min(lines.size(), shown * PAGE_SIZE));
        access.recordViews(onPage.stream().map(l -> l.patient().id()).toList(), therapist, "desk");
        long needing = lines.stream().filter(l -> l.attention().score() > 0).count();
        return new Page(List.copyOf(onPage), shown, lines.size(), needing);
    }
}
