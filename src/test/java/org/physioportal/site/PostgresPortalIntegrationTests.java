package org.physioportal.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.physioportal.PortalTestClient;
import org.physioportal.PostgresSupport;
import org.physioportal.RequiresPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The migrations, the demo loader and the article page on a real PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@RequiresPostgres
class PostgresPortalIntegrationTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSupport.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void demoContentLoadsAndTheArticlePageRenders() {
        assertThat(jdbc.queryForObject("select count(*) from article", Long.class))
                .isGreaterThanOrEqualTo(14);
        assertThat(jdbc.queryForObject("select count(*) from exercise", Long.class))
                .isGreaterThanOrEqualTo(24);
        assertThat(jdbc.queryForObject("select count(*) from video", Long.class))
                .isGreaterThanOrEqualTo(6);
        assertThat(jdbc.queryForObject("select current_setting('server_version_num')::int", Integer.class))
                .isGreaterThanOrEqualTo(150000);

        var client = new PortalTestClient(port);
        var page = client.get(PortalIntegrationTests.ARTICLE);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Exercises that might interest you").contains("What might interest you");
        assertThat(client.get("/cs/exercises").statusCode()).isEqualTo(200);
    }
}
