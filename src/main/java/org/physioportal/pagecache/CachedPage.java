package org.physioportal.pagecache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * One page as it was sent: the body (as is and gzipped, each with its own strong ETag), the headers
 * it had (the security headers and the Content-Security-Policy with the nonce that the body's script
 * tags carry), when these bytes were first stored ({@code Last-Modified}), and the cache generation
 * it was rendered in.
 *
 * @param sameAs digest of the page with its script nonce left out: two renderings that differ only
 *     in their nonce are the same page, so the stored one (its bytes, nonce and validators) is kept
 * @param verifiedAt {@link System#nanoTime()} of the rendering that produced or confirmed it
 */
record CachedPage(
        byte[] body,
        byte[] gzipped,
        String etag,
        String gzipEtag,
        long lastModified,
        String contentType,
        Locale locale,
        List<Header> headers,
        String sameAs,
        long generation,
        long verifiedAt) {

    record Header(String name, String value) {}

    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    /** A fresh rendering; {@code lastModified} in milliseconds, whole seconds as HTTP dates have. */
    static CachedPage of(
            byte[] body,
            String contentType,
            Locale locale,
            List<Header> headers,
            long generation,
            long verifiedAt,
            long lastModified) {
        String digest = digest(body);
        return new CachedPage(
                body,
                gzip(body),
                '"' + digest + '"',
                "\"" + digest + "-gz\"",
                lastModified - lastModified % 1000,
                contentType,
                locale,
                List.copyOf(headers),
                sameAs(body, contentType, locale, headers),
                generation,
                verifiedAt);
    }

    /** The same page, confirmed by a rendering in the given generation. */
    CachedPage verified(long generation, long verifiedAt) {
        return new CachedPage(
                body,
                gzipped,
                etag,
                gzipEtag,
                lastModified,
                contentType,
                locale,
                headers,
                sameAs,
                Math.max(this.generation, generation),
                verifiedAt);
    }

    /** Bytes held, for the cache's memory bound. */
    int weight(String key) {
        int headerChars = headers.stream()
                .mapToInt(h -> h.name().length() + h.value().length())
                .sum();
        return body.length + gzipped.length + 2 * (key.length() + headerChars) + 256;
    }

    private static String sameAs(byte[] body, String contentType, Locale locale, List<Header> headers) {
        String nonce = headers.stream()
                .filter(h -> h.name().equalsIgnoreCase("Content-Security-Policy"))
                .map(h -> NONCE.matcher(h.value()))
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .findFirst()
                .orElse(null);
        var page = new StringBuilder(contentType).append('\n').append(locale).append('\n');
        headers.forEach(
                h -> page.append(h.name()).append(": ").append(h.value()).append('\n'));
        page.append('\n').append(new String(body, StandardCharsets.UTF_8));
        String text = nonce == null ? page.toString() : page.toString().replace(nonce, "");
        return digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /** 128 bits of SHA-256, URL-safe Base64. */
    private static String digest(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] body) {
        var out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (var zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
