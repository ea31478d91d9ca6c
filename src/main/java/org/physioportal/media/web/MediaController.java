package org.physioportal.media.web;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.physioportal.media.domain.MediaAssetRepository;
import org.physioportal.media.domain.MediaStorage;
import org.physioportal.shared.NotFoundException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves stored media by generated name, and the smaller copies of pictures by the same name with
 * {@code -<width>w} before the extension. Returning a {@link Resource} lets Spring MVC answer Range
 * requests with 206 Partial Content (and unsatisfiable ranges with 416), which video players need.
 */
@RestController
class MediaController {

    // a smaller copy of a stored picture: <stored name without extension>-<width>w.<extension>
    private static final Pattern VARIANT = Pattern.compile("(.+)-([1-9][0-9]{1,3})w(\\.(?:jpg|png))");
    private static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private final MediaAssetRepository assets;
    private final MediaStorage storage;

    MediaController(MediaAssetRepository assets, MediaStorage storage) {
        this.assets = assets;
        this.storage = storage;
    }

    @GetMapping("/media/{name:[A-Za-z0-9][A-Za-z0-9._-]{0,199}}")
    ResponseEntity<Resource> file(@PathVariable String name) {
        String stored = name;
        Matcher variant = VARIANT.matcher(name);
        int width = 0;
        if (variant.matches()) {
            stored = variant.group(1) + variant.group(3);
            width = Integer.parseInt(variant.group(2));
        }
        var asset = assets.findByStorageName(stored).orElseThrow(() -> new NotFoundException("media " + name));
        if (width > 0 && !asset.variantWidths().contains(width)) {
            throw new NotFoundException("media " + name);
        }
        String file = width > 0 ? MediaStorage.variantName(asset.storageName(), width) : asset.storageName();
        var path = storage.resolve(file).orElseThrow(() -> new NotFoundException("media " + name));
        var response = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(asset.contentType()))
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .header("X-Content-Type-Options", "nosniff");
        if (asset.contentType().equals("image/svg+xml")) {
            response.header("Content-Security-Policy", SVG_POLICY);
        }
        return response.body(new FileSystemResource(path));
    }
}
