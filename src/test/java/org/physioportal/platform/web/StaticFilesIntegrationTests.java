package org.physioportal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physioportal.PortalTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Pages link static files under content-hashed names, which are kept a year; plain names revalidate. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StaticFilesIntegrationTests {

    @LocalServerPort
    int port;

    PortalTestClient client;
    Document home;

    @BeforeEach
    void home() {
        client = new PortalTestClient(port);
        home = Jsoup.parse(client.get("/en").body());
    }

    @Test
    void pagesLinkHashedNamesThatAreCachedForAYear() {
        String css = home.selectFirst("link[rel=stylesheet]").attr("href");
        String htmx = home.selectFirst("script[src*=htmx]").attr("src");
        String icon = home.selectFirst("link[rel=icon]").attr("href");
        assertThat(css).matches("/css/portal-[0-9a-f]{32}\\.css");
        assertThat(htmx).matches("/webjars/htmx\\.org/.*htmx\\.min-[0-9a-f]{32}\\.js");
        assertThat(icon).matches("/img/favicon-[0-9a-f]{32}\\.svg");
        for (String path : new String[] {css, htmx, icon}) {
            HttpResponse<String> response = client.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control"))
                    .as(path)
                    .hasValue("public, max-age=31536000, immutable");
        }
        assertThat(client.get(css).headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(client.get(css).body())
                .isEqualTo(client.get("/css/portal.css").body());
    }

    @Test
    void thePlainNameStillAnswersButIsRevalidated() {
        HttpResponse<String> plain = client.get("/css/portal.css");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Cache-Control")).hasValue("no-cache");
        String lastModified = plain.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(client.get("/css/portal.css", "If-Modified-Since", lastModified)
                        .statusCode())
                .isEqualTo(304);
    }

    @Test
    void aHashThatDoesNotMatchTheFileIsNotFound() {
        assertThat(client.get("/css/portal-0123456789abcdef0123456789abcdef.css")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void theVideoPageLinksItsScriptHashed() {
        Document video =
                Jsoup.parse(client.get("/en/videos/gym-ball-back-thigh-stretch").body());
        assertThat(video.select("script[src*=embed]").attr("src")).matches("/js/embed-[0-9a-f]{32}\\.js");
    }
}
