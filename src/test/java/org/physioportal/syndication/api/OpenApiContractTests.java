package org.physioportal.syndication.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physioportal.PortalTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Real answers of the API validated against the OpenAPI 3.1 description that springdoc generates:
 * each response body against its operation's documented schema (JSON Schema 2020-12, networknt),
 * with every documented object closed ({@code additionalProperties: false}), so that a field the
 * description does not name fails as well as a missing or mistyped one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OpenApiContractTests {

    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    JsonNode description;

    @BeforeEach
    void loadDescription() throws Exception {
        var response = new PortalTestClient(port).get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        description = JSON.readTree(response.body());
    }

    @Test
    void theDescriptionIsOpenApi31AndCoversEveryEndpoint() {
        assertThat(description.path("openapi").asText()).startsWith("3.1");
        Set<String> paths = toSet(description.path("paths").fieldNames());
        assertThat(paths)
                .contains(
                        "/api/v1/articles",
                        "/api/v1/articles/{lang}/{slug}",
                        "/api/v1/exercises",
                        "/api/v1/exercises/{lang}/{slug}",
                        "/api/v1/videos",
                        "/api/v1/videos/{lang}/{slug}",
                        "/api/v1/terms",
                        "/api/v1/authors",
                        "/api/v1/authors/{lang}/{key}",
                        "/oembed")
                .noneMatch(p -> p.contains("**"));
        var parameters =
                description.at("/paths/~1api~1v1~1exercises/get/parameters").findValuesAsText("name");
        assertThat(parameters).contains("lang", "term", "updatedSince", "page", "size");
    }

    @Test
    void realAnswersMatchTheirDocumentedSchemas() throws Exception {
        var client = new PortalTestClient(port);
        Map<String, String> examples = Map.ofEntries(
                Map.entry("/api/v1/exercises?size=50", "/api/v1/exercises"),
                Map.entry("/api/v1/exercises/en/crunch-on-a-bosu", "/api/v1/exercises/{lang}/{slug}"),
                Map.entry("/api/v1/articles?lang=cs", "/api/v1/articles"),
                Map.entry("/api/v1/articles/en/running-and-lower-back-pain", "/api/v1/articles/{lang}/{slug}"),
                Map.entry("/api/v1/videos", "/api/v1/videos"),
                Map.entry("/api/v1/videos/cs/branicni-dychani-krok-za-krokem", "/api/v1/videos/{lang}/{slug}"),
                Map.entry("/api/v1/terms", "/api/v1/terms"),
                Map.entry("/api/v1/authors?lang=cs", "/api/v1/authors"),
                Map.entry(
                        "/oembed?url="
                                + java.net.URLEncoder.encode(
                                        "http://localhost:8080/en/exercises/crunch-on-a-bosu",
                                        java.nio.charset.StandardCharsets.UTF_8),
                        "/oembed"));
        for (var example : examples.entrySet()) {
            var response = client.get(example.getKey(), "Accept", "application/json");
            assertThat(response.statusCode()).as(example.getKey()).isEqualTo(200);
            assertThat(errors(example.getValue(), "200", response.body()))
                    .as(example.getKey())
                    .isEmpty();
        }
        var bad = client.get("/api/v1/exercises?page=0");
        assertThat(errors("/api/v1/exercises", "400", bad.body())).isEmpty();
    }

    @Test
    void theSchemasDoRefuseWhatTheyDoNotDescribe() throws Exception {
        String real = new PortalTestClient(port)
                .get("/api/v1/exercises/en/crunch-on-a-bosu")
                .body();
        ObjectNode changed = (ObjectNode) JSON.readTree(real);
        changed.put("secretDraftNote", "x");
        changed.put("steps", "not a list");
        assertThat(errors("/api/v1/exercises/{lang}/{slug}", "200", changed.toString()))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theBrowsablePageLoadsSwaggerUiWithTheResponsesNonce() {
        var page = new PortalTestClient(port).get("/api");
        assertThat(page.statusCode()).isEqualTo(200);
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        var scripts = Jsoup.parse(page.body()).select("script");
        assertThat(scripts.eachAttr("src"))
                .anySatisfy(src -> assertThat(src).contains("swagger-ui-bundle.js"))
                .anySatisfy(src -> assertThat(src).contains("/js/api-docs.js"));
        scripts.forEach(s -> assertThat(csp).contains("'nonce-" + s.attr("nonce") + "'"));
        String bundle = scripts.eachAttr("src").stream()
                .filter(s -> s.contains("swagger-ui-bundle"))
                .findFirst()
                .orElseThrow();
        assertThat(new PortalTestClient(port).get(bundle).statusCode()).isEqualTo(200);
    }

    /** The validation messages of {@code body} against the documented schema of the operation's answer. */
    List<String> errors(String path, String status, String body) throws Exception {
        JsonNode content = description
                .path("paths")
                .path(path)
                .path("get")
                .path("responses")
                .path(status)
                .path("content");
        assertThat(content.isMissingNode())
                .as(path + " " + status + " documented")
                .isFalse();
        JsonNode schema = content.elements().next().path("schema");
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", closed(description.path("components").deepCopy()));
        root.set("allOf", JSON.createArrayNode().add(closed(schema.deepCopy())));
        var validator =
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
        return validator.validate(JSON.readTree(body)).stream()
                .map(Object::toString)
                .collect(Collectors.toList());
    }

    /** Every object schema with properties gets additionalProperties: false (unless it says otherwise). */
    static JsonNode closed(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
            object.elements().forEachRemaining(OpenApiContractTests::closed);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(OpenApiContractTests::closed);
        }
        return node;
    }

    private static Set<String> toSet(java.util.Iterator<String> names) {
        var set = new java.util.TreeSet<String>();
        names.forEachRemaining(set::add);
        return set;
    }
}
