package org.physioportal.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physioportal.PhysioPortalApplication;
import org.physioportal.PortalTestClient;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Lucene index on disk is lost or damaged while the portal is stopped: at the next start the
 * pages are served at once and the index is rebuilt from the database in the background.
 */
class IndexRecoveryIntegrationTests {

    @TempDir
    Path data;

    ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PhysioPortalApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--portal.data-dir=" + data,
                        "--spring.datasource.url=jdbc:h2:file:" + data + "/db/portal;WRITE_DELAY=0",
                        "--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
                        "--spring.jpa.properties.hibernate.search.backend.directory.root=" + data + "/index");
    }

    static long documents(ConfigurableApplicationContext app) {
        var emf = app.getBean(EntityManagerFactory.class);
        var em = emf.createEntityManager();
        try {
            return Search.session(em)
                    .search(Object.class)
                    .where(f -> f.matchAll())
                    .fetchTotalHitCount();
        } finally {
            em.close();
        }
    }

    static void awaitRebuilt(ConfigurableApplicationContext app, long expected) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(end)
                && (app.getBean(IndexRebuild.class).state() != IndexRebuild.State.DONE || documents(app) < expected)) {
            Thread.sleep(100);
        }
        assertThat(app.getBean(IndexRebuild.class).state()).isEqualTo(IndexRebuild.State.DONE);
        assertThat(documents(app)).isEqualTo(expected);
    }

    static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @Test
    void aDeletedIndexIsRebuiltWhilePagesAreServed() throws Exception {
        long expected;
        try (var first = start()) {
            expected = documents(first);
            assertThat(expected).isGreaterThan(40);
        }
        deleteTree(data.resolve("index"));
        try (var second = start()) {
            assertThat(new PortalTestClient(port(second))
                            .get("/en/articles/running-and-lower-back-pain")
                            .statusCode())
                    .isEqualTo(200);
            awaitRebuilt(second, expected);
        }
    }

    @Test
    void aDamagedIndexIsSetAsideAndRebuilt() throws Exception {
        long expected;
        try (var first = start()) {
            expected = documents(first);
        }
        try (Stream<Path> files = Files.walk(data.resolve("index"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_"))
                    .toList()) {
                Files.writeString(file, "not a Lucene segments file");
            }
        }
        try (var second = start()) {
            assertThat(new PortalTestClient(port(second)).get("/en").statusCode())
                    .isEqualTo(200);
            awaitRebuilt(second, expected);
        }
        try (Stream<Path> dirs = Files.list(data.resolve("index"))) {
            assertThat(dirs.map(p -> p.getFileName().toString())).anyMatch(n -> n.contains(".corrupt-"));
        }
    }

    @Test
    void anIndexOfAnOlderLayoutIsRebuilt() throws Exception {
        long expected;
        try (var first = start()) {
            expected = documents(first);
        }
        Path version = data.resolve("index").resolve(IndexDirectoryGuard.VERSION_FILE);
        assertThat(version).hasContent(IndexDirectoryGuard.SCHEMA_VERSION);
        Files.delete(version); // as left by a version of the portal before the layout was recorded
        try (var second = start()) {
            awaitRebuilt(second, expected);
        }
        assertThat(version).hasContent(IndexDirectoryGuard.SCHEMA_VERSION);
        try (Stream<Path> dirs = Files.list(data.resolve("index"))) {
            assertThat(dirs.map(p -> p.getFileName().toString())).anyMatch(n -> n.contains(".outdated-"));
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
