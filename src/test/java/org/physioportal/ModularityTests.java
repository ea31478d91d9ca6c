package org.physioportal;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void modulesOnlyTalkThroughTheirPublicApis() {
        ApplicationModules.of(PhysioPortalApplication.class).verify();
    }
}
