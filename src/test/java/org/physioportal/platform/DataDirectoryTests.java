package org.physioportal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 22, item 5: the data directory is private to the portal's user. */
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
}
