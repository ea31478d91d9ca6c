package org.physioportal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Typed access to the demo YAML files (see {@code src/main/resources/demo/README.md}). */
final class DemoYaml {

    static final String ROOT = "classpath:demo/";
    private static final PathMatchingResourcePatternResolver RESOLVER = new PathMatchingResourcePatternResolver();

    /** Builds a module's content record from its fields by name; YAML keys it has no field for are skipped. */
    private static final JsonMapper RECORDS = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private DemoYaml() {}

    /**
     * A content record from one demo item: the values every language shares, then the language's
     * own, then {@code fixed} (what the YAML names by key and the loader looks up: ids, terms, the
     * status, dates). A field added to the record is read from the YAML by its name, with no change
     * to the loader.
     */
    static <T> T record(
            Class<T> type, Map<String, Object> shared, Map<String, Object> translated, Map<String, Object> fixed) {
        Map<String, Object> fields = new HashMap<>(shared);
        fields.putAll(translated);
        fields.putAll(fixed);
        fields.replaceAll((key, value) -> value instanceof String text ? text.strip() : value);
        return RECORDS.convertValue(fields, type);
    }

    static Map<String, Object> read(String path) {
        return read(RESOLVER.getResource(ROOT + path));
    }

    /** Every YAML file in a folder, by file name. */
    static List<Map<String, Object>> readAll(String folder) {
        try {
            return Arrays.stream(RESOLVER.getResources(ROOT + folder + "/*.yml"))
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .map(DemoYaml::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String path) {
        try (InputStream in = RESOLVER.getResource(ROOT + "media/" + path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Missing demo media " + path, e);
        }
    }

    private static Map<String, Object> read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> yaml, String key) {
        return (Map<String, Object>) yaml.get(key);
    }

    @SuppressWarnings("unchecked")
    static <T> List<T> list(Map<String, Object> yaml, String key) {
        Object value = yaml.get(key);
        return value == null ? List.of() : (List<T>) value;
    }

    static String text(Map<String, Object> yaml, String key) {
        Object value = yaml.get(key);
        return value == null ? null : value.toString().strip();
    }

    static Integer integer(Map<String, Object> yaml, String key) {
        Object value = yaml.get(key);
        return value == null ? null : ((Number) value).intValue();
    }

    static Instant instant(Map<String, Object> yaml, String key) {
        return switch (yaml.get(key)) {
            case null -> null;
            case Date date -> date.toInstant();
            case Object other -> Instant.parse(other.toString());
        };
    }

    static LocalDate date(Map<String, Object> yaml, String key) {
        return switch (yaml.get(key)) {
            case null -> null;
            case Date date -> date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            case Object other -> LocalDate.parse(other.toString());
        };
    }
}
