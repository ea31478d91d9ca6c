package org.physioportal.exercises.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physioportal.PortalTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The exercise library's filters (body region, equipment, difficulty) over real HTTP, with the demo content. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ExerciseLibraryIntegrationTests {

    @LocalServerPort
    int port;

    PortalTestClient client;

    @BeforeEach
    void client() {
        client = new PortalTestClient(port);
    }

    Document page(String path, String... headers) {
        var response = client.get(path, headers);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    static List<String> listed(Document page) {
        return page.select("#library .teaser > a").eachAttr("href");
    }

    @Test
    void anExercisesPageShowsItsTempoInEachLanguageWhereItHasOne() {
        assertThat(page("/en/exercises/glute-bridge")
                        .select("dl.facts dt:contains(Tempo) + dd")
                        .text())
                .isEqualTo("Two seconds up, a short pause at the top, three seconds down");
        assertThat(page("/cs/exercises/most-zvedani-panve-vleze")
                        .select("dl.facts dt:contains(Tempo) + dd")
                        .text())
                .isEqualTo("Dvě sekundy nahoru, krátká pauza nahoře, tři sekundy dolů");
        assertThat(page("/en/exercises/chin-tuck").select("dl.facts dt:contains(Tempo)"))
                .isEmpty();
    }

    @Test
    void theFormOffersRegionEquipmentAndDifficultyWithCounts() {
        Document library = page("/en/exercises");
        var form = library.selectFirst("form.library-filters");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.attr("action")).isEqualTo("/en/exercises");
        assertThat(form.select("select").eachAttr("name")).containsExactly("region", "equipment", "difficulty");
        assertThat(form.select("#filter-region option").eachText())
                .anyMatch(t -> t.startsWith("Lumbar spine ("))
                .anyMatch(t -> t.startsWith("Knee ("));
        assertThat(form.select("#filter-difficulty option").eachAttr("value"))
                .containsExactly("", "easy", "medium", "hard");
        assertThat(form.select("label[for=filter-equipment]").text()).isEqualTo("Equipment");
    }

    @Test
    void aRegionNarrowsTheListIncludingTheRegionsBelowIt() {
        List<String> lumbar = listed(page("/en/exercises?region=lumbar-spine&size=48"));
        assertThat(lumbar)
                .contains("/en/exercises/bird-dog", "/en/exercises/glute-bridge")
                .doesNotContain("/en/exercises/chin-tuck");
        var selected = page("/en/exercises?region=lumbar-spine&size=48").select("#filter-region option[selected]");
        assertThat(selected.text()).isEqualTo("Lumbar spine (" + lumbar.size() + ")");
        // the spine is above the cervical spine: the chin tuck is filed under the neck
        assertThat(listed(page("/en/exercises?region=spine&size=48")))
                .contains("/en/exercises/chin-tuck", "/en/exercises/bird-dog");
        assertThat(listed(page("/cs/exercises?region=bederni-patere&size=48")))
                .contains("/cs/exercises/most-zvedani-panve-vleze");
    }

    @Test
    void filtersCombineAndKeepToEveryPage() {
        Document both = page("/en/exercises?equipment=gym-ball&difficulty=medium");
        assertThat(listed(both))
                .containsExactlyInAnyOrder(
                        "/en/exercises/back-stretch-over-a-gym-ball",
                        "/en/exercises/hip-and-thigh-stretch-with-a-gym-ball");
        assertThat(both.select("#library .result-count").text()).isEqualTo("2 exercises match these filters");
        Document first = page("/en/exercises?region=lumbar-spine&size=4");
        assertThat(listed(first)).hasSize(4);
        String next = first.select(".pager a[rel=next]").attr("href");
        assertThat(next).contains("region=lumbar-spine").contains("page=2");
        Document second = page(next + "&size=4");
        assertThat(listed(second)).hasSize(4).doesNotContainAnyElementsOf(listed(first));
        assertThat(second.select("#filter-region option[selected]").val()).isEqualTo("lumbar-spine");
    }

    @Test
    void nothingMatchingSaysSoAndOffersToClearTheFilters() {
        Document none = page("/en/exercises?equipment=bosu&difficulty=easy");
        assertThat(listed(none)).isEmpty();
        assertThat(none.select(".library-empty").text()).contains("No exercise matches all these filters");
        assertThat(none.select(".library-empty a").attr("href")).isEqualTo("/en/exercises");
    }

    @Test
    void valuesThatMeanNothingAreLeftOutWithANotice() {
        Document odd = page("/en/exercises?region=nowhere&difficulty=extreme&equipment=" + "%3Cscript%3E");
        assertThat(odd.select("#library .notice").text())
                .isEqualTo("A filter in the address was not recognised and was left out.");
        assertThat(listed(odd)).isNotEmpty();
        assertThat(odd.select("option[selected]")).isEmpty();
        // a Czech slug on the English page is not an English region
        assertThat(page("/en/exercises?region=bederni-patere").select("#library .notice"))
                .hasSize(1);
        assertThat(client.get("/en/exercises?page=abc").statusCode()).isEqualTo(400);
    }

    @Test
    void htmxGetsTheResultsPartOnly() {
        var response = client.get("/en/exercises?difficulty=hard", "HX-Request", "true");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Vary"))
                .anyMatch(v -> v.toLowerCase(java.util.Locale.ROOT).contains("hx-request"));
        Document part = Jsoup.parseBodyFragment(response.body());
        assertThat(part.select("header, h1")).isEmpty();
        assertThat(part.select("#library")).hasSize(1);
        // the form comes along, so its counts follow the choice
        assertThat(part.select("#library #filter-difficulty option[selected]").val())
                .isEqualTo("hard");
        assertThat(listed(part)).contains("/en/exercises/crunch-on-a-bosu");
    }
}
