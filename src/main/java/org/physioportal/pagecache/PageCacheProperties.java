package org.physioportal.pagecache;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * {@code portal.page-cache.*}.
 *
 * @param enabled serve anonymous pages from the cache (off: every request renders, as before)
 * @param maxSize memory for stored pages (both encodings counted); the least useful go first
 * @param timeToLive a stored page is rendered again after this long even without an event, which
 *     bounds how late a page notices what no event announces (an article whose publication date
 *     arrives, a changed term or picture text); an unchanged page keeps its ETag
 * @param sharedMaxAge {@code s-maxage} for CDNs and reverse proxies; 0 (the default) makes them
 *     revalidate every request, which our 304s answer cheaply; more lets them serve a page that
 *     long without asking, also after a comment has been hidden
 */
@Validated
@ConfigurationProperties("portal.page-cache")
record PageCacheProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("32MB") @NotNull DataSize maxSize,
        @DefaultValue("60s") @NotNull Duration timeToLive,
        @DefaultValue("0s") @NotNull Duration sharedMaxAge) {

    /** What anonymous pages tell browsers and shared caches. */
    String cacheControl() {
        return sharedMaxAge.isZero()
                ? "public, max-age=0, must-revalidate"
                : "public, max-age=0, s-maxage=" + sharedMaxAge.toSeconds() + ", must-revalidate";
    }
}
