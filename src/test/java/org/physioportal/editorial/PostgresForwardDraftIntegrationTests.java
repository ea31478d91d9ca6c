package org.physioportal.editorial;

import org.physioportal.PostgresSupport;
import org.physioportal.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Drafts above published versions, scheduled steps and review reminders on a real PostgreSQL. */
@RequiresPostgres
class PostgresForwardDraftIntegrationTests extends ForwardDraftIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSupport.register(registry);
    }
}
