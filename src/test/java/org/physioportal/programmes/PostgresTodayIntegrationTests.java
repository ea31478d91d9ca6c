package org.physioportal.programmes;

import org.physioportal.PostgresSupport;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same tests on a real PostgreSQL (the migrations V1800-V1802 and every query). */
class PostgresTodayIntegrationTests extends TodayIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSupport.register(registry);
    }
}
