package org.physioportal.editorial.upload;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The name an upload is remembered by: the last path segment of what the browser sent, up to its
 * first dot, reduced to a-z, digits and hyphens, with the extension of the sniffed type. So
 * {@code ../../x.php.jpg} becomes {@code x.jpg}. Files are stored under generated names anyway.
 */
public final class SafeNames {

    private SafeNames() {}

    public static String of(String original, Sniffer.Kind kind) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = name.indexOf('.');
        if (dot >= 0) {
            name = name.substring(0, dot);
        }
        name = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (name.isEmpty()) {
            name = "upload";
        }
        if (name.length() > 80) {
            name = name.substring(0, 80);
        }
        return name + "." + kind.extension();
    }
}
