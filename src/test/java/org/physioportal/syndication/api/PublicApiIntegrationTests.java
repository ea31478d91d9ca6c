package org.physioportal.syndication.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.physioportal.shared.Records.field;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.physioportal.PortalTestClient;
import org.physioportal.exercises.Difficulty;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.exercises.NewExercise;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Records;
import org.physioportal.shared.Status;
import org.physioportal.taxonomy.TaxonomyApi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The public read API as another site's code sees it: items, filters, paging, validators, bad input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PublicApiIntegrationTests {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    ExercisesApi exercises;

    @Autowired
    TaxonomyApi taxonomy;

    PortalTestClient client() {
        return new PortalTestClient(port);
    }

    JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Test
    void exercisesCarryGoalStepsDosageEquipmentRegionsAndPicturesWithLicence() throws Exception {
        var response = client().get("/api/v1/exercises/en/crunch-on-a-bosu", "Accept", "application/json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode e = json(response);
        assertThat(e.path("name").asText()).isEqualTo("Crunch on a BOSU");
        assertThat(e.path("goal").asText()).startsWith("Strengthens the abdominal muscles");
        assertThat(e.path("steps")).hasSize(5);
        assertThat(e.path("dosage").path("sets").asInt()).isEqualTo(3);
        assertThat(e.path("dosage").path("reps").asInt()).isEqualTo(10);
        assertThat(e.path("equipment").findValuesAsText("key")).containsExactly("bosu");
        assertThat(e.path("regions").findValuesAsText("key")).contains("lumbar-spine");
        JsonNode picture = e.path("pictures").get(0);
        assertThat(picture.path("url").asText()).startsWith("http").contains("/media/");
        assertThat(picture.path("licence").asText()).isNotBlank();
        assertThat(picture.path("author").asText()).isNotBlank();
        assertThat(e.path("translations").path("cs").asText()).endsWith("/cs/exercises/zkracovacky-na-bosu");
    }

    @Test
    void listsArePagedAndFilteredByLanguageAndTerm() throws Exception {
        JsonNode cs = json(client().get("/api/v1/exercises?lang=cs&size=5&page=2"));
        assertThat(cs.path("page").asInt()).isEqualTo(2);
        assertThat(cs.path("size").asInt()).isEqualTo(5);
        assertThat(cs.path("items")).hasSize(5);
        assertThat(cs.path("items").findValuesAsText("lang")).containsOnly("cs");
        assertThat(cs.path("totalPages").asInt()).isEqualTo((cs.path("total").asInt() + 4) / 5);

        JsonNode both = json(client().get("/api/v1/exercises?size=100"));
        assertThat(both.path("items").findValuesAsText("lang")).contains("en", "cs");

        JsonNode bosu = json(client().get("/api/v1/exercises?term=bosu&lang=en"));
        assertThat(bosu.path("items")).isNotEmpty();
        bosu.path("items")
                .forEach(item -> assertThat(item.path("equipment").findValuesAsText("key"))
                        .contains("bosu"));
        // a broader term finds the narrower ones: spine finds lumbar-spine items
        JsonNode spine = json(client().get("/api/v1/articles?term=spine&lang=en"));
        assertThat(spine.path("total").asInt()).isPositive();

        assertThat(json(client().get("/api/v1/videos?lang=en")).path("items")).isNotEmpty();
        assertThat(json(client().get("/api/v1/terms?lang=cs&kind=region"))
                        .path("items")
                        .findValuesAsText("kind"))
                .containsOnly("region");
        JsonNode authors = json(client().get("/api/v1/authors"));
        assertThat(authors.path("items").findValuesAsText("lang")).contains("en", "cs");
    }

    @Test
    void neverADraftOrAScheduledItemAndUpdatedSinceFindsWhatChanged() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        String published = save(Status.PUBLISHED, null);
        String draft = save(Status.DRAFT, null);
        String inReview = save(Status.IN_REVIEW, null);
        String scheduled = save(Status.PUBLISHED, Instant.now().plus(1, ChronoUnit.DAYS));

        String since = URLEncoder.encode(before.toString(), StandardCharsets.UTF_8);
        JsonNode changed = json(client().get("/api/v1/exercises?updatedSince=" + since + "&size=100"));
        List<String> slugs = changed.path("items").findValuesAsText("slug");
        assertThat(slugs).contains(published).doesNotContain(draft, inReview, scheduled);
        for (String hidden : List.of(draft, inReview, scheduled)) {
            var one = client().get("/api/v1/exercises/en/" + hidden);
            assertThat(one.statusCode()).isEqualTo(404);
            assertThat(one.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        List<String> all = new ArrayList<>();
        JsonNode first = json(client().get("/api/v1/exercises?size=100&lang=en"));
        first.path("items").forEach(i -> all.add(i.path("slug").asText()));
        assertThat(all).contains(published).doesNotContain(draft, inReview, scheduled);
    }

    @Test
    void badInputIsA400ProblemThatNamesTheParameter() throws Exception {
        String future =
                URLEncoder.encode(Instant.now().plus(1, ChronoUnit.HOURS).toString(), StandardCharsets.UTF_8);
        record Case(String query, String parameter) {}
        for (Case c : List.of(
                new Case("?colour=red", "colour"),
                new Case("?page=0", "page"),
                new Case("?page=abc", "page"),
                new Case("?page=99999999999", "page"),
                new Case("?size=101", "size"),
                new Case("?size=-1", "size"),
                new Case("?lang=de", "lang"),
                new Case("?lang=en&lang=cs", "lang"),
                new Case("?term=no-such-term", "term"),
                new Case("?term=%3Cscript%3E", "term"),
                new Case("?updatedSince=yesterday", "updatedSince"),
                new Case("?updatedSince=2026-02-30T00:00:00Z", "updatedSince"),
                new Case("?updatedSince=" + future, "updatedSince"))) {
            for (String list : List.of("/api/v1/exercises", "/api/v1/articles", "/api/v1/videos")) {
                var response = client().get(list + c.query());
                assertThat(response.statusCode()).as(list + c.query()).isEqualTo(400);
                assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                JsonNode problem = json(response);
                assertThat(problem.path("status").asInt()).isEqualTo(400);
                assertThat(problem.path("parameter").asText())
                        .as(list + c.query())
                        .isEqualTo(c.parameter());
                assertThat(problem.path("detail").asText()).isNotBlank();
                assertThat(response.body()).doesNotContain("Exception", "at org.");
            }
        }
        assertThat(client().get("/api/v1/terms?updatedSince=2026-01-01T00:00:00Z")
                        .statusCode())
                .isEqualTo(400);
        assertThat(client().get("/api/v1/terms?kind=colour").statusCode()).isEqualTo(400);
        assertThat(client().get("/api/v1/exercises/de/crunch-on-a-bosu").statusCode())
                .isEqualTo(400);
        var unknown = client().get("/api/v1/nothing-here");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void etagsAnd304sCorsForReadingAndNoCookies() throws Exception {
        var response = client().get("/api/v1/exercises?lang=en&size=3", "Origin", "https://clinic.example");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        String etag = response.headers().firstValue("ETag").orElseThrow();
        // stored by the page cache (its Cache-Control), so emptied by content changes like pages
        assertThat(response.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("public"));
        var again = client().get("/api/v1/exercises?lang=en&size=3", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.headers().allValues("Set-Cookie")).isEmpty();
        for (String path : List.of("/api/v1/terms", "/api/v1/exercises/en/crunch-on-a-bosu", "/api/v1/exercises?x=1")) {
            assertThat(client().get(path).headers().allValues("Set-Cookie"))
                    .as(path)
                    .isEmpty();
        }
    }

    private String save(Status status, Instant publishedAt) {
        String slug = "api-test-" + UUID.randomUUID().toString().substring(0, 8);
        exercises.save(Records.of(
                NewExercise.class,
                field("groupKey", slug),
                field("lang", Lang.EN),
                field("slug", slug),
                field("name", "API test " + status),
                field("goal", "A goal"),
                field("startingPosition", "Stand"),
                field("steps", List.of("Move")),
                field("mistakes", List.of()),
                field("sets", 2),
                field("reps", 8),
                field("difficulty", Difficulty.EASY),
                field("termIds", Set.of(taxonomy.requireId("knee"))),
                field("status", status),
                field("publishedAt", publishedAt)));
        return slug;
    }
}
