package org.physioportal.editorial;

import org.physioportal.PostgresSupport;
import org.physioportal.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The back office on a real PostgreSQL: the same tests as on H2. */
@RequiresPostgres
class PostgresEditorialIntegrationTests extends EditorialIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSupport.register(registry);
    }
}
