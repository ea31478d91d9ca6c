package org.physioportal.accounts;

import org.physioportal.PostgresSupport;
import org.physioportal.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Registration, login, reset and roles on a real PostgreSQL: the same tests as on H2. */
@RequiresPostgres
class PostgresAccountIntegrationTests extends AccountIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSupport.register(registry);
    }
}
