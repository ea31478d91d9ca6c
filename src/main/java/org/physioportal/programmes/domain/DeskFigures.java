package org.physioportal.programmes.domain;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.physioportal.shared.SqlIds;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's figures of each patient, kept in {@code desk_figures} between views instead of derived
 * from two weeks of diary and every planned day on each view: a therapist's desk of 300 patients
 * then reads 300 short rows. A patient's figures are computed by {@link Progress} at most once a day
 * (adherence and "nothing logged for 7 days" move with the date) and again after any change of their
 * programmes or diary, which the writers report with {@link #changed}.
 *
 * <p>Never stale: each change moves the row's {@code version} on in the writer's transaction, and
 * figures are stored only over the version they were computed from ({@code where version = ?}), so
 * figures read across a concurrent change are dropped and computed again on the next view.
 */
@Service
@Transactional
public class DeskFigures {

    private final Progress progress;
    private final JdbcTemplate jdbc;
    private final String ensureRow;

    DeskFigures(Progress progress, JdbcTemplate jdbc) {
        this.progress = progress;
        this.jdbc = jdbc;
        boolean postgres = "PostgreSQL".equals(jdbc.execute((ConnectionCallback<String>)
                c -> c.getMetaData().getDatabaseProductName()));
        // a row that two transactions may want to create at once (on H2 one may still find the
        // other's: see ensure)
        this.ensureRow = postgres
                ? "insert into desk_figures (patient_id) values (?) on conflict (patient_id) do nothing"
                : "merge into desk_figures f using (select cast(? as bigint) as patient_id) n"
                        + " on f.patient_id = n.patient_id when not matched then insert (patient_id) values (n.patient_id)";
    }

    /** The patient's programmes or diary changed: their figures are computed again when next shown. */
    public void changed(long patientId) {
        ensure(patientId);
        jdbc.update(
                "update desk_figures set version = version + 1, computed_on = null where patient_id = ?", patientId);
    }

    /** What the desk shows of each patient on {@code today}: stored figures where fresh, the rest computed and kept. */
    public Map<Long, Progress.Attention> attention(Collection<Long> patientIds, LocalDate today) {
        Map<Long, Progress.Attention> attention = new HashMap<>();
        if (patientIds.isEmpty()) {
            return attention;
        }
        // rows are locked in the order of their ids, so that two desks (or a desk and a template
        // assigned to many) sharing patients never wait for each other in a cycle
        Map<Long, Long> stale = new TreeMap<>();
        jdbc.query(
                "select * from desk_figures where patient_id = any (?)",
                statement -> SqlIds.bind(statement, 1, patientIds),
                (ResultSet row) -> {
                    long id = row.getLong("patient_id");
                    // read as LocalDate: getDate goes through a Calendar per value
                    LocalDate on = row.getObject("computed_on", LocalDate.class);
                    if (today.equals(on)) {
                        attention.put(id, Progress.attention(row.getInt("prescribed"), totals(id, row), today));
                    } else {
                        stale.put(id, row.getLong("version"));
                    }
                });
        List<Long> missing = patientIds.stream()
                .filter(id -> !attention.containsKey(id) && !stale.containsKey(id))
                .sorted()
                .toList();
        missing.forEach(id -> {
            ensure(id);
            stale.put(id, 0L);
        });
        if (!stale.isEmpty()) {
            store(progress.figures(stale.keySet(), today), stale, today, attention);
        }
        return attention;
    }

    /** Stores the figures computed from each patient's {@code versions}; returns how many were stored (not changed since). */
    int store(
            Map<Long, Progress.Figures> computed,
            Map<Long, Long> versions,
            LocalDate today,
            Map<Long, Progress.Attention> attention) {
        List<Object[]> rows = new ArrayList<>();
        new TreeMap<>(computed).forEach((id, f) -> {
            attention.put(id, f.attention(today));
            DiaryTotals t = f.diary();
            rows.add(new Object[] {
                Date.valueOf(today),
                f.prescribed(),
                t == null ? 0 : t.recentSessions(),
                t == null ? null : t.painLastWeek(),
                t == null ? null : t.painWeekBefore(),
                t == null || t.lastDay() == null ? null : Date.valueOf(t.lastDay()),
                id,
                versions.get(id)
            });
        });
        int[] stored = jdbc.batchUpdate(
                "update desk_figures set computed_on = ?, prescribed = ?, recent_sessions = ?, pain_last_week = ?,"
                        + " pain_week_before = ?, last_day = ? where patient_id = ? and version = ?",
                rows,
                new int[] {
                    Types.DATE,
                    Types.INTEGER,
                    Types.INTEGER,
                    Types.DOUBLE,
                    Types.DOUBLE,
                    Types.DATE,
                    Types.BIGINT,
                    Types.BIGINT
                });
        return (int) java.util.Arrays.stream(stored).filter(n -> n > 0).count();
    }

    /** The patient's row exists (made here if not); PostgreSQL's insert never fails, H2's may find one made just now. */
    private void ensure(long patientId) {
        try {
            jdbc.update(ensureRow, patientId);
        } catch (DuplicateKeyException madeMeanwhile) {
            // H2: another transaction created it at the same moment (its failed statement leaves ours intact)
        }
    }

    private static DiaryTotals totals(long id, ResultSet row) throws SQLException {
        LocalDate last = row.getObject("last_day", LocalDate.class);
        if (last == null) {
            return null;
        }
        return new DiaryTotals(
                id,
                row.getInt("recent_sessions"),
                row.getObject("pain_last_week", Double.class),
                row.getObject("pain_week_before", Double.class),
                last);
    }
}
