package org.physioportal.syndication.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.physioportal.PortalTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The API's limit per client address counts answers from the page cache too, and says when to come back. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.limits.api.capacity=5", "portal.limits.api.period=1h"})
@ActiveProfiles("test")
class ApiRateLimitIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theSixthReadWithinTheHourIsA429WithRetryAfterAndPagesAreNotLimited() throws Exception {
        var client = new PortalTestClient(port);
        for (int i = 0; i < 5; i++) {
            // the first is rendered and stored; the others are page-cache hits, which count as well
            assertThat(client.get("/api/v1/terms?lang=en").statusCode()).isEqualTo(200);
        }
        var limited = client.get("/api/v1/terms?lang=en");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow()))
                .isPositive();
        assertThat(limited.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(limited.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(client.get("/oembed?url=x").statusCode()).isEqualTo(429);
        // pages and feeds are not the API's business
        assertThat(client.get("/en").statusCode()).isEqualTo(200);
        assertThat(client.get("/en/feed.xml").statusCode()).isEqualTo(200);
    }

    @Test
    void corsPreflightOnlyForReading() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> get = http.send(preflight("GET"), HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(204);
        assertThat(get.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(get.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, HEAD");
        HttpResponse<String> post = http.send(preflight("POST"), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(post.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> write = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/en/feed.xml"))
                        .header("Origin", "https://elsewhere.example")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(write.statusCode()).isIn(403, 405);
    }

    private HttpRequest preflight(String method) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/en/feed.xml"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", method)
                .build();
    }
}
