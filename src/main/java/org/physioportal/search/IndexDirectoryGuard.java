package org.physioportal.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Runs just before Hibernate Search opens the Lucene indexes: an index directory that Lucene cannot
 * open (a half-written or damaged segment file) is moved aside, so that the application starts with
 * an empty index, which {@link IndexRebuild} then fills from the database. Nothing is deleted: the
 * damaged copy stays next to it for inspection.
 */
@Component
class IndexDirectoryGuard implements HibernatePropertiesCustomizer {

    private static final Logger log = LoggerFactory.getLogger(IndexDirectoryGuard.class);

    @Override
    public void customize(Map<String, Object> properties) {
        Object backend = properties.get("hibernate.search.backend.type");
        Object type = properties.get("hibernate.search.backend.directory.type");
        Object root = properties.get("hibernate.search.backend.directory.root");
        if (root == null
                || (backend != null && !"lucene".equals(backend.toString()))
                || (type != null && !"local-filesystem".equals(type.toString()))) {
            // not a Lucene index in a local directory (an OpenSearch cluster keeps its own indexes)
            return;
        }
        Path dir = Path.of(root.toString());
        if (!Files.isDirectory(dir)) {
            try {
                // a new index: it will be built with today's layout
                Files.createDirectories(dir);
                Files.writeString(dir.resolve(VERSION_FILE), SCHEMA_VERSION);
            } catch (IOException e) {
                log.warn("Could not create the search index directory {}: {}", dir, e.getMessage());
            }
            return;
        }
        try (Stream<Path> indexes = Files.list(dir)) {
            boolean outdated = !SCHEMA_VERSION.equals(readVersion(dir));
            indexes.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().matches(".*\\.(corrupt|outdated)-\\d+"))
                    .forEach(index -> {
                        if (outdated) {
                            setAside(index, "outdated", "was built for an older index layout");
                        } else {
                            setAsideIfUnreadable(index);
                        }
                    });
            Files.writeString(dir.resolve(VERSION_FILE), SCHEMA_VERSION);
        } catch (IOException e) {
            log.warn("Could not look into the search index directory {}: {}", dir, e.getMessage());
        }
    }

    /**
     * The layout of the index documents (fields and the analyzers of indexed text). Raise it with
     * every change to them: indexes of another layout are set aside at start and rebuilt from the
     * database. Query analyzers (the search aliases of {@link SearchSynonyms}) are not stored in the
     * index: changing them needs no new layout.
     */
    static final String SCHEMA_VERSION = "2";

    static final String VERSION_FILE = "layout-version";

    private static String readVersion(Path dir) throws IOException {
        Path file = dir.resolve(VERSION_FILE);
        return Files.exists(file) ? Files.readString(file).strip() : "1";
    }

    static void setAsideIfUnreadable(Path index) {
        try (var directory = FSDirectory.open(index)) {
            if (!DirectoryReader.indexExists(directory)) {
                return;
            }
            try (var reader = DirectoryReader.open(directory)) {
                reader.numDocs();
                return;
            }
        } catch (IOException | RuntimeException unreadable) {
            setAside(index, "corrupt", "cannot be read (" + unreadable + ")");
        }
    }

    private static void setAside(Path index, String label, String why) {
        Path aside = index.resolveSibling(
                index.getFileName() + "." + label + "-" + Instant.now().toEpochMilli());
        log.warn("Search index {} {}; moving it to {} and rebuilding it from the database", index, why, aside);
        try {
            Files.move(index, aside);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot move the index " + index + " aside", e);
        }
    }
}
