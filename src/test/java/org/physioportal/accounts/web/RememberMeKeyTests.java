package org.physioportal.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 22, item 5: the remember-me key made at first start is readable by the portal's user only. */
class RememberMeKeyTests {

    @TempDir
    Path temp;

    static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void aNewKeyIsOwnerOnlyAndKeptForTheNextStart() throws Exception {
        Path data = temp.resolve("data");
        var first = new RememberMeKey(new AccountsProperties(null, null, null), data);
        Path file = data.resolve("secrets").resolve("remember-me.key");
        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(mode(data.resolve("secrets"))).isEqualTo("rwx------");
        assertThat(new RememberMeKey(new AccountsProperties(null, null, null), data).value())
                .isEqualTo(first.value())
                .hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void aConfiguredKeyWritesNothing() {
        Path data = temp.resolve("configured");
        assertThat(new RememberMeKey(new AccountsProperties("from-the-environment", null, null), data).value())
                .isEqualTo("from-the-environment");
        assertThat(data).doesNotExist();
    }
}
