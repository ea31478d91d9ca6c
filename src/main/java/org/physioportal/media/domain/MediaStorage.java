package org.physioportal.media.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import org.physioportal.media.MediaProperties;
import org.springframework.stereotype.Component;

/**
 * Files on disk under generated names only: a stored name never comes from a user, and a requested
 * name that would leave the media folder is treated as missing.
 */
@Component
public class MediaStorage {

    private final Path root;

    MediaStorage(MediaProperties properties) throws IOException {
        this.root = properties.dir().toAbsolutePath().normalize();
        Files.createDirectories(root);
    }

    /** Writes the bytes atomically and returns the generated name. */
    public String write(byte[] bytes, String extension) {
        String name = UUID.randomUUID() + "." + extension;
        writeAs(name, bytes);
        return name;
    }

    /** Writes a smaller copy of the stored file {@code name}, under {@link #variantName}. */
    public void writeVariant(String name, int width, byte[] bytes) {
        writeAs(variantName(name, width), bytes);
    }

    /** {@code abc.jpg} at 480 pixels is {@code abc-480w.jpg}. */
    public static String variantName(String name, int width) {
        int dot = name.lastIndexOf('.');
        return name.substring(0, dot) + "-" + width + "w" + name.substring(dot);
    }

    private void writeAs(String name, byte[] bytes) {
        try {
            Path tmp = Files.createTempFile(root, ".upload-", ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, root.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a stored file and its smaller copies, after its row is gone. */
    public void delete(String name, java.util.List<Integer> variantWidths) {
        try {
            Files.deleteIfExists(root.resolve(name));
            for (int width : variantWidths) {
                Files.deleteIfExists(root.resolve(variantName(name, width)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<Path> resolve(String name) {
        Path path = root.resolve(name).normalize();
        if (!path.getParent().equals(root) || !Files.isRegularFile(path)) {
            return Optional.empty();
        }
        return Optional.of(path);
    }
}
