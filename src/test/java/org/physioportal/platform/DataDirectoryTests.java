package org.physioportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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
}
