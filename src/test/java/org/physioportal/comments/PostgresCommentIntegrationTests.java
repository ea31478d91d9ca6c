package org.physioportal.comments;

import org.physioportal.PostgresSupport;
import org.physioportal.RequiresPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Comments, moderation and account deletion on a real PostgreSQL: the same tests as on H2. */
@RequiresPostgres
class PostgresCommentIntegrationTests extends CommentIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSupport.register(registry);
    }
}
