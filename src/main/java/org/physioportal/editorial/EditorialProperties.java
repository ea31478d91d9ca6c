package org.physioportal.editorial;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the back office's media library ({@code portal.editorial.*}).
 *
 * @param maxImageSize larger image uploads are refused with 413
 * @param maxImagePixels width × height above which an image is refused before it is decoded
 *     (a small file can declare a huge picture: a decompression bomb)
 * @param maxImageWidth stored images are scaled down to this width
 * @param maxVideoSize larger MP4 uploads are refused with 413
 * @param maxCaptionsSize larger WebVTT files are refused with 413
 * @param maxImageDecodeSize the most memory a picture may take once decoded: a larger one (a 16-bit
 *     PNG of 40 megapixels takes 317 MB) is decoded at every second, third... pixel until it fits
 */
@Validated
@ConfigurationProperties("portal.editorial")
public record EditorialProperties(
        @NotNull DataSize maxImageSize,
        @Min(1) long maxImagePixels,
        @Min(100) int maxImageWidth,
        @NotNull DataSize maxVideoSize,
        @NotNull DataSize maxCaptionsSize,
        @NotNull DataSize maxImageDecodeSize) {}
