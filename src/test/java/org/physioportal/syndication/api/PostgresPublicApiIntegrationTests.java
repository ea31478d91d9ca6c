package org.physioportal.syndication.api;

import org.physioportal.PostgresSupport;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The public API's queries (language, term subquery, updatedSince, paging) on a real PostgreSQL. */
class PostgresPublicApiIntegrationTests extends PublicApiIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSupport.register(registry);
    }
}
