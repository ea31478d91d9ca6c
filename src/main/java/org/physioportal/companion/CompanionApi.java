package org.physioportal.companion;

import org.physioportal.companion.domain.CareLinks;
import org.physioportal.companion.domain.HealthData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting up the companion without the e-mail round trip, for the demo and test fixtures (like
 * {@code AccountsApi.createVerified}): a consent and an active link.
 */
@Service
@Transactional
public class CompanionApi {

    private final CareLinks links;
    private final HealthData data;

    CompanionApi(CareLinks links, HealthData data) {
        this.links = links;
        this.data = data;
    }

    public void consent(long patientId) {
        data.consent(patientId);
    }

    public void link(long therapistId, long patientId, String patientEmail) {
        links.linkDirectly(therapistId, patientId, patientEmail);
    }
}
