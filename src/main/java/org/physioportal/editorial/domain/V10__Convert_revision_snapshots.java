package org.physioportal.editorial.domain;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rewrites every revision's snapshot from the back-office form as JSON (schema 0) to its content
 * module's record (schema 1, {@link Snapshots}), field by field, with the conversions the forms
 * made on save (lines to lists, "text | address" references, blanks to null). Written against JSON
 * trees, not today's classes, so that it stays what it was when later schemas come. A snapshot it
 * cannot read stops the migration (nothing is dropped silently).
 */
@Component
class V10__Convert_revision_snapshots extends BaseJavaMigration {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Map<String, List<String>> COPIED = Map.of(
            "ARTICLE", List.of("body", "authorId", "reviewerId", "reviewedAt", "nextReviewAt"),
            "EXERCISE", List.of("sets", "reps", "holdSeconds", "difficulty", "imageId"),
            "VIDEO", List.of("kind", "durationSeconds", "posterId", "captionsId", "exerciseId"));

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        List<Object[]> converted = new ArrayList<>();
        try (PreparedStatement read = db.prepareStatement(
                        "select id, content_type, status, snapshot from content_revision where schema_version = 0");
                ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                converted.add(new Object[] {
                    rows.getLong(1), convert(rows.getString(2), rows.getString(3), JSON.readTree(rows.getString(4)))
                });
            }
        }
        try (PreparedStatement write =
                db.prepareStatement("update content_revision set snapshot = ?, schema_version = 1 where id = ?")) {
            for (Object[] row : converted) {
                write.setString(1, (String) row[1]);
                write.setLong(2, (Long) row[0]);
                write.addBatch();
            }
            write.executeBatch();
        }
    }

    static String convert(String type, String status, JsonNode form) {
        ObjectNode record = JSON.createObjectNode();
        record.set("groupKey", form.get("groupKey"));
        record.set("lang", form.get("language"));
        record.set("slug", form.get("slug"));
        switch (type) {
            case "ARTICLE" -> {
                record.put("title", strip(form, "title"));
                record.put("lead", strip(form, "lead"));
                record.put("source", blankToNull(form, "source"));
                record.set("references", references(text(form, "references")));
                record.set("tutorialIds", list(form, "tutorialIds"));
                record.set("relatedIds", list(form, "relatedIds"));
            }
            case "EXERCISE" -> {
                record.put("name", strip(form, "name"));
                record.put("goal", strip(form, "goal"));
                record.put("startingPosition", strip(form, "startingPosition"));
                record.set("steps", lines(text(form, "steps")));
                record.put("breathing", blankToNull(form, "breathing"));
                record.set("mistakes", lines(text(form, "mistakes")));
                record.put("frequency", blankToNull(form, "frequency"));
                record.put("contraindications", blankToNull(form, "contraindications"));
            }
            case "VIDEO" -> {
                boolean file = !"EMBED".equals(text(form, "kind"));
                record.put("title", strip(form, "title"));
                record.put("description", strip(form, "description"));
                record.set("fileId", file ? form.get("fileId") : null);
                String embed = blankToNull(form, "embedUrl");
                record.put("embedUrl", file ? null : embed);
            }
            default -> throw new IllegalStateException("unknown content type " + type);
        }
        COPIED.get(type).forEach(field -> record.set(field, form.get(field)));
        record.set("termIds", list(form, "termIds"));
        record.put("status", status);
        record.putNull("publishedAt");
        return JSON.writeValueAsString(record);
    }

    private static String text(JsonNode form, String field) {
        JsonNode value = form.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static String strip(JsonNode form, String field) {
        String value = text(form, field);
        return value == null ? null : value.strip();
    }

    private static String blankToNull(JsonNode form, String field) {
        String value = text(form, field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static ArrayNode list(JsonNode form, String field) {
        ArrayNode list = JSON.createArrayNode();
        JsonNode value = form.get(field);
        if (value != null && value.isArray()) {
            value.forEach(list::add);
        }
        return list;
    }

    private static ArrayNode lines(String text) {
        ArrayNode list = JSON.createArrayNode();
        if (text != null) {
            text.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(list::add);
        }
        return list;
    }

    /** One reference a line: "text | https://address" or just the text. */
    private static ArrayNode references(String text) {
        ArrayNode list = JSON.createArrayNode();
        if (text == null) {
            return list;
        }
        text.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(line -> {
            int bar = line.lastIndexOf('|');
            ObjectNode reference = list.addObject();
            reference.put("text", bar < 0 ? line : line.substring(0, bar).strip());
            String url = bar < 0 ? "" : line.substring(bar + 1).strip();
            reference.put("url", url.isEmpty() ? null : url);
        });
        return list;
    }
}
