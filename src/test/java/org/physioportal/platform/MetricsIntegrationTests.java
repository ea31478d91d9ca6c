package org.physioportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.physioportal.WebSession;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The Prometheus endpoint: admins only on the site's port, with the portal's own meters. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MetricsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountsApi accounts;

    @Test
    void anonymousReadersAndMembersGetNoMetrics() {
        var anonymous = new WebSession(port).get("/actuator/prometheus");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login"));

        var member = AccountFixtures.create(accounts, Role.MEMBER);
        var web = new WebSession(port);
        web.login(member.email(), AccountFixtures.PASSWORD);
        assertThat(web.get("/actuator/prometheus").statusCode()).isEqualTo(403);
    }

    @Test
    void anAdminReadsThePortalsMeters() {
        var reader = new WebSession(port);
        reader.get("/en/articles/running-and-lower-back-pain");
        reader.get("/en/articles/running-and-lower-back-pain");
        reader.get("/en/search?q=running");

        var admin = AccountFixtures.create(accounts, Role.ADMIN);
        var web = new WebSession(port);
        web.login(admin.email(), AccountFixtures.PASSWORD);
        var metrics = web.get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains(
                        "portal_page_cache_hits_total",
                        "portal_page_cache_misses_total",
                        "portal_page_queue_wait_seconds_count",
                        "portal_search_seconds_count",
                        "portal_database_outage_answers_total");
    }
}
