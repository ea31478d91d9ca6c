package org.physioportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.physioportal.PortalTestClient;
import org.physioportal.PostgresSupport;
import org.physioportal.RequiresPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The production profile ({@code postgres}) shows an attacker nothing beyond the pages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "postgres"})
@RequiresPostgres
class ProductionProfileTests {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        PostgresSupport.register(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void noH2Console() {
        var client = new PortalTestClient(port);
        assertThat(client.get("/h2-console").statusCode()).isEqualTo(404);
        assertThat(client.get("/h2-console/").statusCode()).isEqualTo(404);
    }

    @Test
    void healthSaysOnlyItsStatus() {
        var client = new PortalTestClient(port);
        for (String path :
                new String[] {"/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness"}) {
            var health = client.get(path, "Accept", "application/json");
            assertThat(health.statusCode()).as(path).isEqualTo(200);
            assertThat(health.body())
                    .as(path)
                    .contains("\"status\":\"UP\"")
                    .doesNotContain("components", "details", "database", "PostgreSQL", "diskSpace");
        }
        assertThat(client.get("/actuator/health/db").statusCode()).isEqualTo(404);
    }

    @Test
    void noOtherActuatorEndpoints() {
        var client = new PortalTestClient(port);
        for (String path : new String[] {
            "/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump", "/actuator/mappings"
        }) {
            assertThat(client.get(path).statusCode()).as(path).isEqualTo(404);
        }
        String index = client.get("/actuator", "Accept", "application/json").body();
        assertThat(index).doesNotContain("/env", "/beans");
    }

    @Test
    void noDirectoryListings() {
        var client = new PortalTestClient(port);
        for (String path : new String[] {"/css/", "/img/", "/js/", "/webjars/", "/css", "/static/"}) {
            var response = client.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            // the site's own 404 page (whose layout links the stylesheet), never a listing
            assertThat(response.body()).as(path).contains("Page not found").doesNotContain("Index of", "embed.js");
        }
    }

    @Test
    void errorsShowNoInternals() {
        var client = new PortalTestClient(port);
        var json = client.get("/en/no/such/page", "Accept", "application/json");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.body()).doesNotContain("trace", "exception", "message", "path");
    }

    @Test
    void noTrace() throws IOException, InterruptedException {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/en"))
                                .method("TRACE", HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isIn(403, 405);
        assertThat(response.body()).doesNotContain("TRACE /en");
    }
}
