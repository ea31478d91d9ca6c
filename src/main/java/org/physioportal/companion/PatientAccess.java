package org.physioportal.companion;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.physioportal.accounts.AccountPrincipal;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.companion.domain.AccessLog;
import org.physioportal.companion.domain.CareLinkRepository;
import org.physioportal.companion.domain.ConsentCheck;
import org.physioportal.companion.domain.LinkedPatients;
import org.physioportal.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see a patient's health data: the patient, and a therapist while linked to them. Every
 * module with health data asks here before reading; a therapist's view is recorded for the patient
 * ("who has seen my data"). Anyone else gets the same 404 as for a patient who does not exist.
 */
@Service
@Transactional(readOnly = true)
public class PatientAccess {

    private final CareLinkRepository links;
    private final LinkedPatients linked;
    private final ConsentCheck consentCheck;
    private final AccountsApi accounts;
    private final AccessLog accessLog;
    private final Clock clock;

    PatientAccess(
            CareLinkRepository links,
            LinkedPatients linked,
            ConsentCheck consentCheck,
            AccountsApi accounts,
            AccessLog accessLog,
            Clock clock) {
        this.links = links;
        this.linked = linked;
        this.accessLog = accessLog;
        this.consentCheck = consentCheck;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Lets the patient or a linked therapist through and records the therapist's view of {@code
     * what} (a short label such as {@code programme} or {@code diary}, never the data itself);
     * everyone else gets a {@link NotFoundException}.
     */
    @Transactional
    public ViewedAs requireOwnerOrLinkedTherapist(long patientId, AccountPrincipal viewer, String what) {
        if (viewer == null) {
            throw new NotFoundException("patient");
        }
        if (viewer.id() == patientId) {
            return ViewedAs.PATIENT;
        }
        recordViews(List.of(patientId), viewer, what);
        return ViewedAs.THERAPIST;
    }

    /**
     * A therapist's view of {@code what} for one patient or many at once (the desk): one entry per
     * patient, written in one statement that also checks the links (and that the accounts still
     * exist); a {@link NotFoundException} (and nothing recorded: the transaction is rolled back) if
     * any of them is not linked.
     */
    @Transactional
    public void recordViews(Collection<Long> patientIds, AccountPrincipal viewer, String what) {
        if (patientIds.isEmpty()) {
            return;
        }
        if (viewer == null || !viewer.isTherapist()) {
            throw new NotFoundException("patient");
        }
        Set<Long> distinct = Set.copyOf(patientIds);
        int recorded = accessLog.recordLinked(viewer.id(), viewer.displayName(), distinct, what, clock.instant());
        if (recorded != distinct.size()) {
            throw new NotFoundException("patient");
        }
    }

    /** Lets a therapist linked to the patient through (nothing recorded: for changes, not views). */
    public void requireLinkedTherapist(long patientId, AccountPrincipal viewer) {
        if (viewer == null || !viewer.isTherapist() || !links.isLinked(viewer.id(), patientId)) {
            throw new NotFoundException("patient");
        }
    }

    public boolean isLinked(long therapistId, long patientId) {
        return links.isLinked(therapistId, patientId);
    }

    /** The therapist's patients while linked, by name. */
    public List<PatientSummary> linkedPatients(long therapistId) {
        return accounts.names(linked.of(therapistId)).stream()
                .map(a -> new PatientSummary(a.id(), a.displayName(), a.email()))
                .sorted(java.util.Comparator.comparing(PatientSummary::displayName))
                .toList();
    }

    /** The therapists currently linked to the patient (for notices). */
    public List<Long> linkedTherapists(long patientId) {
        return links.activeTherapistIds(patientId);
    }

    /** Whether the patient has given the consent to keep their health data. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public boolean hasConsented(long patientId) {
        return consentCheck.given(patientId);
    }
}
