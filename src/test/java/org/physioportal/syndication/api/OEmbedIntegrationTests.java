package org.physioportal.syndication.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.physioportal.PortalTestClient;
import org.physioportal.platform.SiteProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** oEmbed for exercises and videos: discovery from the page, the card, and refusals. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OEmbedIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    SiteProperties site;

    PortalTestClient client() {
        return new PortalTestClient(port);
    }

    @Test
    void anExercisePageNamesItsOEmbedAndTheCardShowsPictureAndGoal() throws Exception {
        Document page =
                Jsoup.parse(client().get("/en/exercises/crunch-on-a-bosu").body());
        String discovery = page.select("head link[rel=alternate][type=application/json+oembed]")
                .attr("href");
        assertThat(discovery).startsWith(site.baseUrl() + "/oembed?url=");
        var response = client().get(discovery.substring(site.baseUrl().length()));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        JsonNode card = new ObjectMapper().readTree(response.body());
        assertThat(card.path("type").asText()).isEqualTo("rich");
        assertThat(card.path("version").asText()).isEqualTo("1.0");
        assertThat(card.path("title").asText()).isEqualTo("Crunch on a BOSU");
        assertThat(card.path("width").asInt()).isPositive();
        assertThat(card.path("height").asInt()).isPositive();
        assertThat(card.path("thumbnail_url").asText()).contains("/media/");
        Document html = Jsoup.parseBodyFragment(card.path("html").asText());
        assertThat(html.select("img").attr("src")).contains("/media/");
        assertThat(html.text()).contains("Strengthens the abdominal muscles");
        assertThat(html.select("script, iframe, [onerror], [onload]")).isEmpty();
    }

    @Test
    void videosToo() throws Exception {
        String url = site.baseUrl() + "/cs/videos/branicni-dychani-krok-za-krokem";
        assertThat(Jsoup.parse(client().get("/cs/videos/branicni-dychani-krok-za-krokem")
                                .body())
                        .select("head link[type=application/json+oembed]"))
                .hasSize(1);
        var response = client().get("/oembed?format=json&maxwidth=320&url=" + encode(url));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode card = new ObjectMapper().readTree(response.body());
        assertThat(card.path("width").asInt()).isEqualTo(320);
        assertThat(card.path("provider_url").asText()).isEqualTo(site.baseUrl());
    }

    @Test
    void refusals() {
        String exercise = encode(site.baseUrl() + "/en/exercises/crunch-on-a-bosu");
        assertThat(client().get("/oembed").statusCode()).isEqualTo(400);
        assertThat(client().get("/oembed?url=" + exercise + "&colour=red").statusCode())
                .isEqualTo(400);
        assertThat(client().get("/oembed?url=" + exercise + "&maxwidth=wide").statusCode())
                .isEqualTo(400);
        assertThat(client().get("/oembed?url=" + exercise + "&format=xml").statusCode())
                .isEqualTo(501);
        assertThat(client().get("/oembed?url=" + encode("https://elsewhere.example/en/exercises/crunch-on-a-bosu"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(client().get("/oembed?url=" + encode(site.baseUrl() + "/en/articles/running-and-lower-back-pain"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(client().get("/oembed?url=" + encode(site.baseUrl() + "/en/exercises/no-such-exercise"))
                        .statusCode())
                .isEqualTo(404);
        var bad = client().get("/oembed?url=" + encode("http://[bad"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
