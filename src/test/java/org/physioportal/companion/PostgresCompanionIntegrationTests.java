package org.physioportal.companion;

import org.physioportal.PostgresSupport;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same tests on a real PostgreSQL (the migrations V1800-V1802 and every query). */
class PostgresCompanionIntegrationTests extends CompanionIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSupport.register(registry);
    }
}
