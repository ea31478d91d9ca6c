package org.physioportal.companion.domain;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.physioportal.accounts.AccountDeleted;
import org.physioportal.companion.HealthDataSection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A patient's health data as a whole: consent, the access record, export of every {@link
 * HealthDataSection} (the companion's own links and access record included) and deletion of all
 * of it, also when the account is deleted.
 */
@Service
@Transactional
public class HealthData {

    private static final Logger log = LoggerFactory.getLogger(HealthData.class);

    private final List<HealthDataSection> sections;
    private final CareLinkRepository links;
    private final AccessEntryRepository record;
    private final ConsentRepository consents;
    private final AccessLog accessLog;
    private final Clock clock;

    HealthData(
            List<HealthDataSection> sections,
            CareLinkRepository links,
            AccessEntryRepository record,
            ConsentRepository consents,
            AccessLog accessLog,
            Clock clock) {
        this.sections = sections;
        this.links = links;
        this.record = record;
        this.consents = consents;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    public void consent(long patientId) {
        if (!consents.existsById(patientId)) {
            consents.save(new Consent(patientId, clock.instant()));
        }
    }

    @Transactional(readOnly = true)
    public List<AccessEntry> accessRecord(long patientId, int limit) {
        return record.newestOf(patientId, PageRequest.of(0, limit));
    }

    /** Every section's records by section key, in a stable order. */
    @Transactional(readOnly = true)
    public Map<String, List<Map<String, Object>>> export(long patientId) {
        Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
        all.put(
                "consent",
                consents.findById(patientId).stream()
                        .map(c -> Map.<String, Object>of("given_at", c.givenAt().toString()))
                        .toList());
        all.put(
                "links",
                links.findByPatientId(patientId).stream().map(HealthData::row).toList());
        all.put(
                "access_record",
                record.newestOf(patientId, PageRequest.of(0, 100_000)).stream()
                        .map(a -> Map.<String, Object>of(
                                "therapist",
                                a.therapistName(),
                                "seen_at",
                                a.seenAt().toString(),
                                "what",
                                a.what()))
                        .toList());
        sections.forEach(s -> all.put(s.key(), s.export(patientId)));
        return all;
    }

    /** Every record of every section, the links, the access record and the consent. */
    public void deleteAll(long patientId) {
        sections.forEach(s -> s.deleteAll(patientId));
        record.deleteByPatient(patientId);
        links.deleteAll(links.findByPatientId(patientId));
        consents.deleteById(patientId);
    }

    @EventListener
    void on(AccountDeleted event) {
        deleteAll(event.accountId());
    }

    /**
     * Once the deletion has committed (the record has no foreign keys: V2600): an entry a view in
     * flight wrote meanwhile goes too, and where the account viewed others' data as a therapist,
     * their access record keeps the name it was recorded with, not the id.
     */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void afterDeletion(AccountDeleted event) {
        accessLog.forget(event.accountId());
    }

    /** The last safety net: entries of accounts that no longer exist, once a day on one node. */
    @Scheduled(fixedDelayString = "PT24H", initialDelayString = "PT15M")
    @SchedulerLock(name = "access-record-sweep", lockAtMostFor = "PT30M")
    public void sweep() {
        int changed = accessLog.sweep();
        if (changed > 0) {
            log.info("Access record: {} entries of deleted accounts removed or their therapist id dropped", changed);
        }
    }

    private static Map<String, Object> row(CareLink l) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("status", l.status().name());
        row.put("created_at", l.createdAt().toString());
        row.put("accepted_at", l.acceptedAt() == null ? "" : l.acceptedAt().toString());
        row.put("ended_at", l.endedAt() == null ? "" : l.endedAt().toString());
        return row;
    }

    /** The export as CSV: one line per value (section, record number, field, value). */
    public static String csv(Map<String, List<Map<String, Object>>> export) {
        StringBuilder out = new StringBuilder("section,record,field,value\r\n");
        export.forEach((section, rows) -> {
            for (int i = 0; i < rows.size(); i++) {
                for (var field : rows.get(i).entrySet()) {
                    out.append(cell(section)).append(',').append(i + 1).append(',');
                    out.append(cell(field.getKey())).append(',');
                    out.append(cell(String.valueOf(field.getValue()))).append("\r\n");
                }
            }
        });
        return out.toString();
    }

    /** RFC 4180 quoting; a leading formula character is neutralised for spreadsheets. */
    static String cell(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
