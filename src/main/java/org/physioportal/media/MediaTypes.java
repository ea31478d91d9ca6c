package org.physioportal.media;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The file types the portal stores, by extension. Anything else is refused. */
final class MediaTypes {

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "svg", "image/svg+xml",
            "png", "image/png",
            "jpg", "image/jpeg",
            "webp", "image/webp",
            "mp4", "video/mp4",
            "vtt", "text/vtt");

    private MediaTypes() {}

    static Optional<String> extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return BY_EXTENSION.containsKey(ext) ? Optional.of(ext) : Optional.empty();
    }

    static String contentType(String extension) {
        return BY_EXTENSION.get(extension);
    }
}
