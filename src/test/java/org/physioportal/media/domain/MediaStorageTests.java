package org.physioportal.media.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physioportal.media.MediaProperties;

class MediaStorageTests {

    @TempDir
    Path dir;

    @Test
    void writesUnderAGeneratedNameAndResolvesIt() throws Exception {
        var storage = new MediaStorage(new MediaProperties(dir.resolve("media")));
        String name = storage.write(new byte[] {1, 2, 3}, "png");

        assertThat(name).matches("[0-9a-f-]{36}\\.png");
        assertThat(storage.resolve(name)).hasValueSatisfying(p -> assertThat(p).hasBinaryContent(new byte[] {1, 2, 3}));
    }

    @Test
    void namesThatLeaveTheFolderAreMissing() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "secret");
        var storage = new MediaStorage(new MediaProperties(dir.resolve("media")));

        assertThat(storage.resolve("../secret.txt")).isEmpty();
        assertThat(storage.resolve("..")).isEmpty();
        assertThat(storage.resolve("sub/../../secret.txt")).isEmpty();
        assertThat(storage.resolve("no-such-file.png")).isEmpty();
    }
}
