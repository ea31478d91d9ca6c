package org.physioportal.syndication.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the public API sends: one record per kind of item; absent values are left out. */
final class ApiItems {

    private ApiItems() {}

    @Schema(description = "One page of items, newest first; pages are numbered from 1")
    record ItemPage<T>(List<T> items, int page, int size, long total, int totalPages) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A term of a vocabulary (body region, activity, topic, equipment) in one language")
    record TermItem(
            String key,

            @Schema(allowableValues = {"region", "activity", "topic", "equipment"})
            String kind,

            String lang,
            String name,
            String slug,
            String description,
            String parentKey,
            String url) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A picture with the alternative text, licence and author it is published under")
    record Picture(
            String url,
            String alt,
            String caption,
            Integer width,
            Integer height,
            String contentType,
            String licence,
            String author,
            String source) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "How much of an exercise to do")
    record Dosage(Integer sets, Integer reps, Integer holdSeconds, String frequency) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AuthorRef(String key, String name, String url) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Reference(String text, String url) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A published exercise in one language")
    record ExerciseItem(
            long id,
            String groupKey,
            String lang,
            String slug,
            String url,
            String name,
            String goal,
            String startingPosition,
            List<String> steps,
            String breathing,
            List<String> mistakes,
            Dosage dosage,

            @Schema(allowableValues = {"easy", "medium", "hard"})
            String difficulty,

            String contraindications,
            List<TermItem> equipment,
            List<TermItem> regions,
            List<TermItem> terms,
            List<Picture> pictures,

            @Schema(description = "Addresses of the published language versions, by language code")
            Map<String, String> translations,

            Instant publishedAt,
            Instant updatedAt) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A published article in one language; the body is Markdown")
    record ArticleItem(
            long id,
            String groupKey,
            String lang,
            String slug,
            String url,
            String title,
            String lead,
            String body,
            AuthorRef author,
            AuthorRef reviewer,
            LocalDate reviewedAt,
            String source,
            List<Reference> references,
            List<TermItem> terms,
            Map<String, String> translations,
            Instant publishedAt,
            Instant updatedAt) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A published video in one language: our own MP4 file or an external player")
    record VideoItem(
            long id,
            String groupKey,
            String lang,
            String slug,
            String url,
            String title,
            String description,
            @Schema(allowableValues = {"file", "embed"}) String kind,
            int durationSeconds,
            String fileUrl,
            String captionsUrl,
            String embedUrl,
            Picture poster,
            List<TermItem> terms,
            Map<String, String> translations,
            Instant publishedAt,
            Instant updatedAt) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "An author or reviewer: a person or the clinic")
    record AuthorItem(
            String key,

            @Schema(allowableValues = {"person", "organization"})
            String kind,

            String lang,
            String name,
            String role,
            String bio,
            String url) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "An oEmbed 1.0 rich response: an HTML card with the item's picture and goal")
    record OEmbed(
            String type,
            String version,
            String title,
            String provider_name,
            String provider_url,
            String author_name,
            String html,
            int width,
            int height,
            String thumbnail_url,
            Integer thumbnail_width,
            Integer thumbnail_height) {}
}
