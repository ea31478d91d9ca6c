package org.physioportal.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.physioportal.PortalTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 22, item 17: behind a TLS proxy a stored page carries HSTS when it is sent over https and
 * never over http, whichever way its first rendering came.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.forward-headers-strategy=native", "spring.mail.port=22025"})
@ActiveProfiles("test")
class TransportHeadersIntegrationTests {

    @LocalServerPort
    int port;

    HttpResponse<String> get(String path, boolean https) {
        return new PortalTestClient(port).get(path, "X-Forwarded-Proto", https ? "https" : "http");
    }

    static boolean hsts(HttpResponse<String> response) {
        return response.headers().firstValue("Strict-Transport-Security").isPresent();
    }

    /** The same stored page: the ETag of its bytes, nonce included. */
    static void sameStoredPage(HttpResponse<String> first, HttpResponse<String> second) {
        assertThat(second.headers().firstValue("ETag"))
                .isPresent()
                .isEqualTo(first.headers().firstValue("ETag"));
    }

    @Test
    void firstRenderedOverHttps() {
        String path = "/en/exercises?size=7";
        var first = get(path, true);
        assertThat(hsts(first)).isTrue();
        var overHttp = get(path, false);
        assertThat(overHttp.statusCode()).isEqualTo(200);
        sameStoredPage(first, overHttp);
        assertThat(hsts(overHttp)).as("no HSTS over http, even from the cache").isFalse();
        assertThat(hsts(get(path, true))).isTrue();
    }

    @Test
    void firstRenderedOverHttp() {
        String path = "/en/exercises?size=9";
        var first = get(path, false);
        assertThat(hsts(first)).isFalse();
        var overHttps = get(path, true);
        sameStoredPage(first, overHttps);
        assertThat(hsts(overHttps)).as("HSTS over https, even from the cache").isTrue();
    }
}
