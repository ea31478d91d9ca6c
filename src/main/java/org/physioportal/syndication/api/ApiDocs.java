package org.physioportal.syndication.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.physioportal.platform.SiteProperties;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The API's description: springdoc generates OpenAPI 3.1 from the controllers at
 * {@code /v3/api-docs}; {@code /api} is a page of our own that shows it with Swagger UI (the UI's
 * own page has an inline script, which our Content-Security-Policy refuses; ours loads the bundle and
 * a small script of ours with the response's nonce).
 */
@Configuration
@Controller
class ApiDocs {

    @Bean
    OpenAPI portalOpenApi(SiteProperties site) {
        return new OpenAPI()
                .info(new Info()
                        .title(site.name() + " public read API")
                        .version("1")
                        .description("""
                                Published articles, exercises, videos, terms and authors in English and \
                                Czech. Read-only and anonymous; answers carry ETags (send If-None-Match \
                                for a 304), may be read from any origin (CORS, GET only) and are limited \
                                per client address (429 with Retry-After). Bad input is a 400 problem \
                                detail (RFC 9457). Drafts and unpublished versions are never shown. \
                                To keep a copy in sync, ask for updatedSince=<the time of your last \
                                sync> and read every page.""")
                        .license(new License().name("Texts and pictures: see each picture's licence")))
                .servers(List.of(new Server().url(site.baseUrl())));
    }

    /** The rate limit's answer comes from a filter, so springdoc cannot see it: every operation may get it. */
    @Bean
    OpenApiCustomizer problemsAndLimits() {
        return api -> {
            problemDetail(api);
            tooManyRequests(api);
        };
    }

    /**
     * Problem details as they are sent: extension members (our {@code parameter}) stand at the top
     * level, there is no {@code properties} member.
     */
    private static void problemDetail(OpenAPI api) {
        Schema<?> problem = api.getComponents().getSchemas().get("ProblemDetail");
        if (problem != null && problem.getProperties() != null) {
            problem.getProperties().remove("properties");
            problem.addProperty(
                    "parameter", new StringSchema().description("the request parameter at fault (400 only)"));
        }
    }

    private static void tooManyRequests(OpenAPI api) {
        api.getPaths()
                .values()
                .forEach(
                        path -> path.readOperations()
                                .forEach(
                                        operation -> operation
                                                .getResponses()
                                                .addApiResponse(
                                                        "429",
                                                        new ApiResponse()
                                                                .description(
                                                                        "Too many requests from this address; see Retry-After")
                                                                .addHeaderObject(
                                                                        "Retry-After",
                                                                        new Header()
                                                                                .description("seconds")
                                                                                .schema(new IntegerSchema()))
                                                                .content(
                                                                        new Content()
                                                                                .addMediaType(
                                                                                        "application/problem+json",
                                                                                        new MediaType()
                                                                                                .schema(
                                                                                                        new Schema<>()
                                                                                                                .$ref(
                                                                                                                        "#/components/schemas/ProblemDetail")))))));
    }

    @GetMapping({"/api", "/api/"})
    String page() {
        return "syndication/api-docs";
    }
}
