package org.physioportal.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.physioportal.PortalTestClient.find;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.physioportal.PortalTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The whole portal over real HTTP with the demo content loaded. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PortalIntegrationTests {

    static final String ARTICLE = "/en/articles/running-and-lower-back-pain";

    @LocalServerPort
    int port;

    PortalTestClient client;

    @BeforeEach
    void client() {
        client = new PortalTestClient(port);
    }

    @Test
    void rootRedirectsByAcceptLanguage() {
        assertThat(client.get("/", "Accept-Language", "cs-CZ,cs;q=0.9,en;q=0.8")
                        .headers()
                        .firstValue("Location"))
                .hasValue("/cs");
        assertThat(client.get("/", "Accept-Language", "de-DE,en;q=0.5")
                        .headers()
                        .firstValue("Location"))
                .hasValue("/en");
        assertThat(client.get("/", "Accept-Language", ";;;garbage").headers().firstValue("Location"))
                .hasValue("/en");
    }

    @Test
    void articlePageShowsEveryBlockOfTheSeedInOrder() {
        var response = client.get(ARTICLE);
        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.body();
        List<String> blocks = List.of(
                "<h1>",
                "class=\"prose\"",
                "Exercise tutorials",
                "Other related articles",
                "Author",
                "Source",
                "Reviewed by",
                "Comments",
                "Log in to post comments",
                "Exercises that might interest you",
                "Videos that might interest you",
                "What might interest you");
        int at = -1;
        for (String block : blocks) {
            int next = html.indexOf(block, at + 1);
            assertThat(next).as("block '%s' after position %d", block, at).isGreaterThan(at);
            at = next;
        }
        assertThat(html.split("class=\"exercise-figure\"", -1)).hasSizeGreaterThan(5);
        assertThat(html).contains("Goal of the exercise:");
    }

    @Test
    void theSideColumnCarriesTheArticlesCareCard() {
        var page = org.jsoup.Jsoup.parse(client.get(ARTICLE).body());
        var card = page.selectFirst("aside.article-side section.care-card");
        assertThat(card).isNotNull();
        assertThat(card.select("h2").text()).isEqualTo("When to get help");
        assertThat(card.select("dt").eachText())
                .containsExactly("Book a physiotherapist", "See a doctor today", "Call the emergency number now");
        assertThat(card.select("dd").eachText()).allMatch(text -> text.length() > 20);
        assertThat(card.select("a[href=tel:112]")).hasSize(1);
        var czech = org.jsoup.Jsoup.parse(
                client.get("/cs/articles/bolest-kolene-u-bezcu").body());
        assertThat(czech.select("aside .care-card h2").text()).isEqualTo("Kdy vyhledat pomoc");
        assertThat(czech.select("aside .care-card dd").eachText())
                .anyMatch(text -> text.contains("koleno rychle otéká"));
    }

    @Test
    void articlePageCarriesSeoMetadata() {
        String html = client.get(ARTICLE).body();
        assertThat(html)
                .contains("<link rel=\"canonical\" href=\"http://localhost:8080" + ARTICLE + "\">")
                .contains("hreflang=\"en\"")
                .contains("hreflang=\"cs\"")
                .contains("hreflang=\"x-default\"")
                .contains("property=\"og:title\"")
                .contains("\"@type\":\"MedicalWebPage\"");
    }

    @Test
    void czechVersionIsLinkedBothWays() {
        String czechPath = find(
                client.get(ARTICLE).body(), "rel=\"alternate\" hreflang=\"cs\" href=\"http://localhost:8080([^\"]+)\"");
        var czech = client.get(czechPath);
        assertThat(czech.statusCode()).isEqualTo(200);
        assertThat(czech.body())
                .contains("<html lang=\"cs\"")
                .contains("Návody ke cvičení")
                .contains("Cviky, které by vás mohly zajímat")
                .contains("href=\"" + ARTICLE + "\"");
    }

    @Test
    void exerciseAndVideoPagesHaveTheirStructuredData() {
        String exercise = client.get("/en/exercises/forearm-plank").body();
        assertThat(exercise)
                .contains("Goal of the exercise")
                .contains("\"@type\":\"HowTo\"")
                .contains("Starting position");
        String videos = client.get("/en/videos").body();
        String videoPath = find(videos, "href=\"(/en/videos/[a-z0-9-]+)\"");
        assertThat(client.get(videoPath).body()).contains("\"@type\":\"VideoObject\"");
    }

    @Test
    void videoFileIsServedWithRangeSupport() {
        String page = client.get("/en/videos/gym-ball-back-thigh-stretch").body();
        String mp4 = find(page, "<source src=\"(/media/[^\"]+\\.mp4)\"");
        assertThat(page).contains("<track").contains("kind=\"captions\"");

        var full = client.getBytes(mp4);
        assertThat(full.statusCode()).isEqualTo(200);
        assertThat(full.headers().firstValue("Accept-Ranges")).hasValue("bytes");

        var part = client.getBytes(mp4, "Range", "bytes=100-199");
        assertThat(part.statusCode()).isEqualTo(206);
        assertThat(part.body()).hasSize(100);
        assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 100-199/" + full.body().length);

        assertThat(client.getBytes(mp4, "Range", "bytes=999999999-").statusCode())
                .isEqualTo(416);
        assertThat(client.getBytes(mp4, "Range", "bytes=abc").statusCode()).isIn(200, 416);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/en/articles/no-such-article",
                "/de/articles/running-and-lower-back-pain",
                "/xx",
                "/en/exercises/nope",
                "/en/videos/nope",
                "/en/topics/nope",
                "/en/authors/nope",
                "/media/nope.png"
            })
    void unknownAddressesGetTheNotFoundPage(String path) {
        var response = client.get(path);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("class=\"site-header\"")
                .doesNotContain("Exception")
                .doesNotContain("root:");
    }

    /** Spring Security's firewall refuses dot segments and encoded percent signs outright. */
    @ParameterizedTest
    @ValueSource(strings = {"/media/..", "/media/%252e%252e%252fetc%252fpasswd", "/en/articles/%252e%252e"})
    void hostileAddressesAreRefusedWithTheSitePage(String path) {
        var response = client.get(path);
        assertThat(response.statusCode()).isIn(400, 404);
        assertThat(response.body())
                .contains("class=\"site-header\"")
                .doesNotContain("Exception")
                .doesNotContain("root:");
    }

    @Test
    void pagingParametersAreClampedOrRejected() {
        assertThat(client.get("/en/articles?page=-5&size=100000").statusCode()).isEqualTo(200);
        assertThat(client.get("/en/articles?page=99999").statusCode()).isEqualTo(200);
        var bad = client.get("/en/articles?page=abc");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("class=\"site-header\"").contains("Bad request");
    }

    @Test
    void sitemapListsArticlesWithTheirTranslations() {
        var index = client.get("/sitemap.xml");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body())
                .contains("<sitemapindex")
                .contains("<loc>http://localhost:8080/sitemaps/pages.xml</loc>")
                .contains("<loc>http://localhost:8080/sitemaps/articles-1.xml</loc>")
                .contains("<loc>http://localhost:8080/sitemaps/exercises-1.xml</loc>")
                .contains("<loc>http://localhost:8080/sitemaps/videos-1.xml</loc>")
                .doesNotContain("articles-2.xml");

        var articles = client.get("/sitemaps/articles-1.xml");
        assertThat(articles.statusCode()).isEqualTo(200);
        assertThat(articles.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/xml"));
        assertThat(articles.body())
                .contains("<url><loc>http://localhost:8080" + ARTICLE + "</loc><lastmod>")
                .contains("<xhtml:link rel=\"alternate\" hreflang=\"cs\""
                        + " href=\"http://localhost:8080/cs/articles/beh-a-bolest-bederni-patere\"/>")
                .doesNotContain("/exercises/");
        assertThat(client.get("/sitemaps/pages.xml").body())
                .contains("<loc>http://localhost:8080/cs/topics/bederni-patere</loc>")
                .contains("<loc>http://localhost:8080/en/videos</loc>");
    }

    @Test
    void sitemapFilesPastTheLastOrOfUnknownTypesAreNotFound() {
        for (String path : List.of("/sitemaps/articles-2.xml", "/sitemaps/articles-0.xml", "/sitemaps/nothing-1.xml")) {
            assertThat(client.get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void robotsPointToTheSitemapAndKeepCrawlersOutOfTheBackOffice() {
        var robots = client.get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.body())
                .contains("Sitemap: http://localhost:8080/sitemap.xml")
                .contains("Disallow: /admin");
    }

    @Test
    void listingsAndTopicPagesRender() {
        for (String path : List.of(
                "/en",
                "/cs",
                "/en/articles",
                "/cs/exercises",
                "/en/videos",
                "/en/topics",
                "/en/topics/lumbar-spine",
                "/en/authors/clinic")) {
            assertThat(client.get(path).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(client.get("/en/topics/spine").body()).contains("running-and-lower-back-pain");
        // the topics index lists every kind's terms
        assertThat(client.get("/en/topics").body())
                .contains("href=\"/en/topics/lumbar-spine\"")
                .contains("href=\"/en/topics/running\"");
        assertThat(client.get("/cs/topics").body()).contains("href=\"/cs/topics/bederni-patere\"");
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        for (String path : List.of(ARTICLE, "/en/nope/nope", "/sitemap.xml")) {
            var headers = client.get(path).headers();
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).isPresent();
        }
    }
}
