package org.physioportal.editorial.upload;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a file is, by its first bytes only: the name and the browser's content type are never
 * trusted. Only the types the library accepts are recognised; SVG (which can carry scripts) never is.
 */
public final class Sniffer {

    public enum Kind {
        JPEG("jpg"),
        PNG("png"),
        WEBP("webp"),
        MP4("mp4"),
        VTT("vtt");

        private final String extension;

        Kind(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Sniffer() {}

    public static Optional<Kind> sniff(byte[] b) {
        if (startsWith(b, 0, PNG)) {
            return Optional.of(Kind.PNG);
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of(Kind.JPEG);
        }
        if (ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) {
            return Optional.of(Kind.WEBP);
        }
        if (ascii(b, 4, "ftyp")) {
            return Optional.of(Kind.MP4);
        }
        int start = startsWith(b, 0, BOM) ? 3 : 0;
        if (ascii(b, start, "WEBVTT")
                && (b.length == start + 6
                        || b[start + 6] == '\n'
                        || b[start + 6] == '\r'
                        || b[start + 6] == ' '
                        || b[start + 6] == '\t')) {
            return Optional.of(Kind.VTT);
        }
        return Optional.empty();
    }

    private static boolean ascii(byte[] b, int at, String text) {
        return startsWith(b, at, text.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean startsWith(byte[] b, int at, byte[] prefix) {
        return b.length >= at + prefix.length && Arrays.equals(b, at, at + prefix.length, prefix, 0, prefix.length);
    }
}
