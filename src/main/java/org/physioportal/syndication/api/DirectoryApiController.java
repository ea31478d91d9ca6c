package org.physioportal.syndication.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.physioportal.authors.AuthorView;
import org.physioportal.authors.AuthorsApi;
import org.physioportal.shared.Lang;
import org.physioportal.shared.NotFoundException;
import org.physioportal.syndication.api.ApiItems.AuthorItem;
import org.physioportal.syndication.api.ApiItems.ItemPage;
import org.physioportal.syndication.api.ApiItems.TermItem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The vocabularies and the authors, each entry once per language asked for (both when no {@code lang}). */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "directory", description = "Terms and authors")
class DirectoryApiController {

    private static final Set<String> TERM_PARAMETERS = Set.of("lang", "kind", "page", "size");
    private static final Set<String> KINDS = Set.of("region", "activity", "topic", "equipment");

    private final ApiVocabulary vocabulary;
    private final AuthorsApi authors;
    private final String base;
    private final Clock clock;

    DirectoryApiController(ApiVocabulary vocabulary, AuthorsApi authors, Clock clock) {
        this.vocabulary = vocabulary;
        this.authors = authors;
        this.base = vocabulary.base();
        this.clock = clock;
    }

    @GetMapping("/terms")
    @Operation(summary = "Terms in vocabulary order: body regions, activities, topics, equipment")
    ItemPage<TermItem> terms(
            @Parameter(schema = @Schema(allowableValues = {"en", "cs"})) @RequestParam(required = false) String lang,
            @Parameter(schema = @Schema(allowableValues = {"region", "activity", "topic", "equipment"}))
                    @RequestParam(required = false)
                    String kind,
            @Parameter(schema = @Schema(type = "integer")) @RequestParam(required = false) String page,
            @Parameter(schema = @Schema(type = "integer")) @RequestParam(required = false) String size,
            HttpServletRequest request) {
        ApiQuery query = ApiQuery.parse(request, TERM_PARAMETERS, clock);
        String wanted = ApiQuery.single(request, "kind");
        if (wanted != null && !KINDS.contains(wanted)) {
            throw new BadApiRequest("kind", "Unknown kind '" + wanted + "'; use one of " + KINDS);
        }
        List<TermItem> all = languages(query).stream()
                .flatMap(l -> vocabulary.allTerms(l).stream())
                .filter(t -> wanted == null || t.kind().equals(wanted))
                .toList();
        return page(all, query);
    }

    @GetMapping("/authors")
    @Operation(summary = "Authors and reviewers by name")
    ItemPage<AuthorItem> authors(
            @Parameter(schema = @Schema(allowableValues = {"en", "cs"})) @RequestParam(required = false) String lang,
            @Parameter(schema = @Schema(type = "integer")) @RequestParam(required = false) String page,
            @Parameter(schema = @Schema(type = "integer")) @RequestParam(required = false) String size,
            HttpServletRequest request) {
        ApiQuery query = ApiQuery.parse(request, ApiQuery.DIRECTORY, clock);
        List<AuthorItem> all = languages(query).stream()
                .flatMap(l -> authors.all(l).stream())
                .map(this::author)
                .toList();
        return page(all, query);
    }

    @GetMapping("/authors/{lang}/{key}")
    @Operation(summary = "One author")
    AuthorItem author(@PathVariable String lang, @PathVariable String key) {
        return authors.findByKey(key, ApiQuery.lang(lang))
                .map(this::author)
                .orElseThrow(() -> new NotFoundException("author " + key));
    }

    private AuthorItem author(AuthorView a) {
        return new AuthorItem(
                a.key(), a.kind().name().toLowerCase(), a.lang().code(), a.name(), a.role(), a.bio(), base + a.url());
    }

    private static List<Lang> languages(ApiQuery query) {
        return query.lang() == null ? Arrays.asList(Lang.values()) : List.of(query.lang());
    }

    private static <T> ItemPage<T> page(List<T> all, ApiQuery query) {
        int from = Math.min(all.size(), (query.page() - 1) * query.size());
        int to = Math.min(all.size(), from + query.size());
        int pages = Math.max(1, (all.size() + query.size() - 1) / query.size());
        return new ItemPage<>(all.subList(from, to), query.page(), query.size(), all.size(), pages);
    }
}
