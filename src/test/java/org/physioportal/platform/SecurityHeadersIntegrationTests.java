package org.physioportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The security headers arrive on every kind of response: pages, errors of every class, media, assets. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(SecurityHeadersIntegrationTests.Failing.class)
class SecurityHeadersIntegrationTests {

    /** A handler that fails, to see the 500 page. */
    @TestConfiguration
    @RestController
    static class Failing {
        @GetMapping("/en/test-failure")
        String fail() {
            throw new IllegalStateException("boom, with a secret stack trace");
        }
    }

    @LocalServerPort
    int port;

    /** Media (pictures, videos) are served with the same headers, plus their own sandbox for SVG. */
    @org.junit.jupiter.api.Test
    void mediaFilesCarryTheSecurityHeaders() throws Exception {
        var client = HttpClient.newHttpClient();
        String page = client.send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/en/articles/running-and-lower-back-pain"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        var matcher =
                java.util.regex.Pattern.compile("(/media/[A-Za-z0-9._-]+)").matcher(page);
        assertThat(matcher.find()).as("the article shows a picture").isTrue();
        var media = client.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + matcher.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(media.statusCode()).isEqualTo(200);
        assertThat(media.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(media.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(media.headers().firstValue("Referrer-Policy")).isPresent();
    }

    /** Tomcat itself refuses TRACE, before any application code: an empty 405 with nothing to protect. */
    @org.junit.jupiter.api.Test
    void traceIsRefusedWithoutEchoingTheRequest() throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/en"))
                                .header("X-Secret", "echo me")
                                .method("TRACE", HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).doesNotContain("echo me");
    }

    /**
     * A page served again from the anonymous page cache has the same security headers, and the
     * nonce in its policy is the one its script tags carry (a cached copy is a pair of both).
     */
    @org.junit.jupiter.api.Test
    void aStoredPageKeepsItsHeadersAndItsOwnNonce() throws Exception {
        var client = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/en/articles/running-and-lower-back-pain"))
                .build();
        var first = client.send(request, HttpResponse.BodyHandlers.ofString());
        var second = client.send(request, HttpResponse.BodyHandlers.ofString());
        for (var name : new String[] {
            "X-Content-Type-Options",
            "Referrer-Policy",
            "X-Frame-Options",
            "Permissions-Policy",
            "Content-Security-Policy"
        }) {
            assertThat(second.headers().allValues(name))
                    .hasSize(1)
                    .isEqualTo(first.headers().allValues(name));
        }
        for (var page : java.util.List.of(first, second)) {
            String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
            var nonce = java.util.regex.Pattern.compile("'nonce-([A-Za-z0-9+/=]{24})'")
                    .matcher(policy);
            assertThat(nonce.find()).isTrue();
            assertThat(page.body()).contains("nonce=\"" + nonce.group(1) + "\"");
        }
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "GET, /en/articles/running-and-lower-back-pain, 200",
        "GET, /en/articles/no-such-article, 404",
        "GET, /en/articles?page=abc, 400",
        "GET, /media/..%2F..%2Fetc, 400",
        "GET, /en/test-failure, 500",
        "POST, /en/articles, 403",
        "GET, /login, 200",
        "GET, /account, 302",
        "GET, /css/portal.css, 200",
        "GET, /webjars/htmx.org/dist/htmx.min.js, 200",
        "GET, /sitemap.xml, 200",
        "GET, /actuator/health, 200"
    })
    void everyResponseCarriesTheSecurityHeaders(String method, String path, int status) throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Accept", "text/html,*/*;q=0.8")
                                .method(method, HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(status);
        var headers = response.headers();
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("frame-ancestors 'none'")
                        .contains("object-src 'none'")
                        .containsPattern("script-src 'nonce-[A-Za-z0-9+/=]{24}' 'strict-dynamic'"));
        assertThat(headers.allValues("X-Content-Type-Options")).hasSize(1);
        assertThat(response.body()).doesNotContain("secret stack trace").doesNotContain("at org.");
    }
}
