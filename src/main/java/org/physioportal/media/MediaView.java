package org.physioportal.media;

/**
 * A stored file in one language: where it is served and how to describe it; {@code srcset} lists
 * the smaller copies of a raster picture with their widths (null when there are none).
 */
public record MediaView(
        long id,
        String url,
        String contentType,
        Integer width,
        Integer height,
        String alt,
        String caption,
        String licence,
        String credit,
        String source,
        String srcset) {}
