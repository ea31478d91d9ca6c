package org.physioportal.programmes.domain;

import org.physioportal.PostgresSupport;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same tests on a real PostgreSQL (migration V2500, and its own insert of a missing row). */
class PostgresDeskFiguresIntegrationTests extends DeskFiguresIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSupport.register(registry);
    }
}
