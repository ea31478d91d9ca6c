package org.physioportal.editorial;

import org.physioportal.PostgresSupport;
import org.physioportal.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Exercises and videos edited on a real PostgreSQL (a field kept in the details column included). */
@RequiresPostgres
class PostgresContentEditingIntegrationTests extends ContentEditingIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSupport.register(registry);
    }
}
