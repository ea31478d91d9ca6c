package org.physioportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

/** Issue 22, item 5: the data directory is private to the portal's user. */
@ExtendWith(OutputCaptureExtension.class)
class DataDirectoryTests {

    @TempDir
    Path temp;

    static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void aNewDataDirectoryIsOwnerOnly() throws Exception {
        Path dir = temp.resolve("data");
        DataDirectory.prepare(dir);
        assertThat(mode(dir)).isEqualTo("rwx------");
        Path file = DataDirectory.writePrivate(dir.resolve("secrets").resolve("remember-me.key"), "k");
        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(mode(dir.resolve("secrets"))).isEqualTo("rwx------");
        assertThat(DataDirectory.tooOpen(dir)).isEmpty();
    }

    @Test
    void wideningsAreReported() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("old"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path db = Files.createDirectories(dir.resolve("db"));
        Path file = Files.writeString(db.resolve("portal.mv.db"), "x");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        DataDirectory.prepare(dir);
        assertThat(DataDirectory.tooOpen(dir)).containsExactlyInAnyOrder(dir, db, file);
    }

    /** What the portal does at start: prepares the directory and warns about what others can read. */
    static void start(Path dir) {
        var directory = new DataDirectory();
        directory.setEnvironment(new MockEnvironment().withProperty("portal.data-dir", dir.toString()));
        directory.postProcessBeanFactory(null);
    }

    static String warnings(CapturedOutput output) {
        return output.getAll()
                .lines()
                .filter(line -> line.contains("WARN") && line.contains("DataDirectory"))
                .reduce("", (a, b) -> a + b + "\n");
    }

    @Test
    void aDatabaseOthersCanReadIsWarnedAboutAtStart(CapturedOutput output) throws Exception {
        Path dir = Files.createDirectories(temp.resolve("wide"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path db = Files.createDirectories(dir.resolve("db"));
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path file = Files.writeString(db.resolve("portal.mv.db"), "x");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        start(dir);
        assertThat(warnings(output)).contains(file.toString()).contains("chmod -R go-rwx");
    }

    @Test
    void aPrivateDataDirectoryStartsQuietly(CapturedOutput output) throws Exception {
        Path dir = temp.resolve("fresh");
        start(dir);
        Files.writeString(dir.resolve("db").resolve("portal.mv.db"), "x");
        start(dir);
        assertThat(mode(dir)).isEqualTo("rwx------");
        assertThat(warnings(output)).isEmpty();
    }

    /**
     * H2 creates its files with the process's umask (0644): after start and then every minute every
     * file in the private data directory is made owner-only, an open database included.
     */
    @Test
    void filesCreatedInThePrivateDirectoryAreMadeOwnerOnly() throws Exception {
        Path dir = temp.resolve("running");
        DataDirectory.prepare(dir);
        Path trace = Files.writeString(dir.resolve("db").resolve("portal.trace.db"), "x");
        Files.setPosixFilePermissions(trace, PosixFilePermissions.fromString("rw-r--r--"));
        Path photo =
                Files.writeString(Files.createDirectories(dir.resolve("media")).resolve("photo.jpg"), "x");
        Files.setPosixFilePermissions(photo, PosixFilePermissions.fromString("rw-r--r--"));
        Path tool = Files.writeString(
                Files.createDirectories(dir.resolve("index/a/b")).resolve("run.sh"), "x");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-xr-x"));
        String url = "jdbc:h2:file:" + dir.resolve("db").resolve("portal").toAbsolutePath();
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            db.createStatement().execute("create table t (v int)");
            db.createStatement().execute("insert into t values (1)");
            Path file = dir.resolve("db").resolve("portal.mv.db");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

            var tightened = new PrivateDataFiles(dir).tighten();

            assertThat(tightened).containsExactlyInAnyOrder(file, trace, photo, tool);
            assertThat(mode(file)).isEqualTo("rw-------");
            assertThat(mode(trace)).isEqualTo("rw-------");
            assertThat(mode(photo)).isEqualTo("rw-------");
            assertThat(mode(tool)).isEqualTo("rwx------");
            db.createStatement().execute("insert into t values (2)");
            var count = db.createStatement().executeQuery("select count(*) from t");
            count.next();
            assertThat(count.getInt(1)).as("the open database works on").isEqualTo(2);
        }
        assertThat(new PrivateDataFiles(dir).tighten()).as("nothing left to do").isEmpty();
    }

    /** A data directory others can enter is the operator's doing: warned about at start, not changed. */
    @Test
    void anOpenDataDirectoryIsLeftToTheOperator() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("shared"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-x---"));
        Path db = Files.createDirectories(dir.resolve("db"));
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rwxr-x---"));
        Path file = Files.writeString(db.resolve("portal.mv.db"), "x");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        assertThat(new PrivateDataFiles(dir).tighten()).isEmpty();
        assertThat(mode(file)).isEqualTo("rw-r-----");
        assertThat(DataDirectory.tooOpen(dir)).contains(file);
    }

    /** The check runs when the application is ready (and then on its schedule). */
    @Test
    void theApplicationMakesFilesOwnerOnlyOnceReady() throws Exception {
        Path dir = temp.resolve("ready");
        DataDirectory.prepare(dir);
        Path file = Files.writeString(dir.resolve("db").resolve("portal.mv.db"), "x");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        try (var context = new AnnotationConfigApplicationContext()) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("test", Map.of("portal.data-dir", dir.toString())));
            context.register(PrivateDataFiles.class);
            context.refresh();
            context.publishEvent(
                    new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));
        }
        assertThat(mode(file)).isEqualTo("rw-------");
    }
}
