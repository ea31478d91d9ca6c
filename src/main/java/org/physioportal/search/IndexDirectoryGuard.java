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
        Object type = properties.get("hibernate.search.backend.directory.type");
        Object root = properties.get("hibernate.search.backend.directory.root");
        if (root == null || (type != null && !"local-filesystem".equals(type.toString()))) {
            return;
        }
        Path dir = Path.of(root.toString());
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> indexes = Files.list(dir)) {
            indexes.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().contains(".corrupt-"))
                    .forEach(IndexDirectoryGuard::setAsideIfUnreadable);
        } catch (IOException e) {
            log.warn("Could not look into the search index directory {}: {}", dir, e.getMessage());
        }
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
            Path aside = index.resolveSibling(
                    index.getFileName() + ".corrupt-" + Instant.now().toEpochMilli());
            log.warn(
                    "Search index {} cannot be read ({}); moving it to {} and rebuilding it from the database",
                    index,
                    unreadable.toString(),
                    aside);
            try {
                Files.move(index, aside);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot move the damaged index " + index + " aside", e);
            }
        }
    }
}
