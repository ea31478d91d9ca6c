package org.physioportal.syndication.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.physioportal.shared.NotFoundException;
import org.physioportal.shared.PublishedQuery;
import org.physioportal.syndication.api.ApiItems.ArticleItem;
import org.physioportal.syndication.api.ApiItems.ExerciseItem;
import org.physioportal.syndication.api.ApiItems.ItemPage;
import org.physioportal.syndication.api.ApiItems.VideoItem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published articles, exercises and videos, by list (filters: language, term, changed since; paged)
 * and one by one. Parameters arrive as text and are checked by {@link ApiQuery}, so that bad input
 * gets a problem that says what to change; the declared {@code @RequestParam}s are there for the
 * OpenAPI description (springdoc reads them), {@link ApiQuery} reads the request itself, so that it
 * also sees the parameters nobody declared.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "content", description = "Published articles, exercises and videos")
class ContentApiController {

    private final ContentReader reader;
    private final ApiVocabulary vocabulary;
    private final Clock clock;

    ContentApiController(ContentReader reader, ApiVocabulary vocabulary, Clock clock) {
        this.reader = reader;
        this.vocabulary = vocabulary;
        this.clock = clock;
    }

    @GetMapping("/exercises")
    @Operation(summary = "Published exercises, newest first")
    ItemPage<ExerciseItem> exercises(
            @Parameter(description = "en or cs; both when absent", schema = @Schema(allowableValues = {"en", "cs"}))
                    @RequestParam(required = false)
                    String lang,
            @Parameter(description = "a term key (see /api/v1/terms); narrower terms count too")
                    @RequestParam(required = false)
                    String term,
            @Parameter(
                            description = "only items changed or published at or after this RFC 3339 time",
                            schema = @Schema(type = "string", format = "date-time"))
                    @RequestParam(required = false)
                    String updatedSince,
            @Parameter(schema = @Schema(type = "integer", minimum = "1", maximum = "10000", defaultValue = "1"))
                    @RequestParam(required = false)
                    String page,
            @Parameter(schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
                    @RequestParam(required = false)
                    String size,
            HttpServletRequest request) {
        return reader.exercises(published(request));
    }

    @GetMapping("/exercises/{lang}/{slug}")
    @Operation(summary = "One published exercise")
    ExerciseItem exercise(@PathVariable String lang, @PathVariable String slug) {
        return reader.exercise(ApiQuery.lang(lang), slug).orElseThrow(() -> new NotFoundException("exercise " + slug));
    }

    @GetMapping("/articles")
    @Operation(summary = "Published articles, newest first; same parameters as /exercises")
    ItemPage<ArticleItem> articles(
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) String term,
            @Parameter(schema = @Schema(type = "string", format = "date-time")) @RequestParam(required = false)
                    String updatedSince,
            @Parameter(schema = @Schema(type = "integer")) @RequestParam(required = false) String page,
            @Parameter(schema = @Schema(type = "integer")) @RequestParam(required = false) String size,
            HttpServletRequest request) {
        return reader.articles(published(request));
    }

    @GetMapping("/articles/{lang}/{slug}")
    @Operation(summary = "One published article")
    ArticleItem article(@PathVariable String lang, @PathVariable String slug) {
        return reader.article(ApiQuery.lang(lang), slug).orElseThrow(() -> new NotFoundException("article " + slug));
    }

    @GetMapping("/videos")
    @Operation(summary = "Published videos, newest first; same parameters as /exercises")
    ItemPage<VideoItem> videos(
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) String term,
            @Parameter(schema = @Schema(type = "string", format = "date-time")) @RequestParam(required = false)
                    String updatedSince,
            @Parameter(schema = @Schema(type = "integer")) @RequestParam(required = false) String page,
            @Parameter(schema = @Schema(type = "integer")) @RequestParam(required = false) String size,
            HttpServletRequest request) {
        return reader.videos(published(request));
    }

    @GetMapping("/videos/{lang}/{slug}")
    @Operation(summary = "One published video")
    VideoItem video(@PathVariable String lang, @PathVariable String slug) {
        return reader.video(ApiQuery.lang(lang), slug).orElseThrow(() -> new NotFoundException("video " + slug));
    }

    /** The list parameters of a content request, checked, with its term widened to narrower terms. */
    private PublishedQuery published(HttpServletRequest request) {
        ApiQuery query = ApiQuery.parse(request, ApiQuery.CONTENT, clock);
        return query.published(vocabulary.termFilter(query.term()));
    }

    /** Any other address under /api/v1 is a 404 problem, not the HTML error page. */
    @GetMapping("/**")
    @Operation(hidden = true)
    void unknown(HttpServletRequest request) {
        throw new NotFoundException(request.getRequestURI());
    }
}
