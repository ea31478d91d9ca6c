package org.physioportal.editorial.upload;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.SampleModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import org.physioportal.editorial.EditorialProperties;
import org.physioportal.media.Images;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Turns an uploaded picture into one that is safe to serve: the type is sniffed from the bytes, the
 * declared size is checked before decoding (decompression bombs), and the pixels are encoded anew,
 * so nothing of the original file survives: no EXIF or GPS data, no comment, no appended payload.
 * JPEG, PNG and WebP are accepted; WebP is stored as JPEG (or PNG when it has transparency), which
 * every browser shows.
 */
@Component
public class ImageCleaner {

    private final EditorialProperties limits;

    ImageCleaner(EditorialProperties limits) {
        this.limits = limits;
        // registers the class path's plug-ins (WebP) whichever thread and class loader touched ImageIO first
        ImageIO.scanForPlugins();
    }

    public CleanFile clean(byte[] upload) {
        if (upload.length > limits.maxImageSize().toBytes()) {
            throw new UploadProblem(HttpStatus.CONTENT_TOO_LARGE, "editorial.media.error.too-big");
        }
        Sniffer.Kind kind = Sniffer.sniff(upload)
                .filter(k -> k == Sniffer.Kind.JPEG || k == Sniffer.Kind.PNG || k == Sniffer.Kind.WEBP)
                .orElseThrow(
                        () -> new UploadProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "editorial.media.error.image-type"));
        BufferedImage image = Images.scaled(decode(upload), limits.maxImageWidth());
        // Pictures with transparency (PNG or WebP) become PNG; everything else a JPEG without metadata.
        boolean png = kind != Sniffer.Kind.JPEG && image.getColorModel().hasAlpha();
        byte[] bytes = Images.encode(image, png);
        return new CleanFile(bytes, png ? Sniffer.Kind.PNG : Sniffer.Kind.JPEG, image.getWidth(), image.getHeight());
    }

    /**
     * The picture's pixels, decoded at every n-th pixel in both directions when the whole picture
     * would take more than {@code max-image-decode-size} of memory.
     */
    BufferedImage decode(byte[] upload) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                // The JDK reads JPEG and PNG; WebP is read by the TwelveMonkeys plug-in on the class path.
                throw new UploadProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "editorial.media.error.broken");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > limits.maxImagePixels() || pixels <= 0) {
                    throw new UploadProblem(HttpStatus.CONTENT_TOO_LARGE, "editorial.media.error.pixels");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsampling(
                        reader.getWidth(0),
                        reader.getHeight(0),
                        bytesPerPixel(reader),
                        limits.maxImageDecodeSize().toBytes());
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UploadProblem problem) {
                throw problem;
            }
            throw new UploadProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "editorial.media.error.broken");
        }
    }

    /** The smallest step (1 = every pixel) at which the decoded picture fits into {@code budget} bytes. */
    static int subsampling(long width, long height, int bytesPerPixel, long budget) {
        int step = 1;
        while (((width + step - 1) / step) * ((height + step - 1) / step) * bytesPerPixel > budget
                && step < Math.max(width, height)) {
            step++;
        }
        return step;
    }

    /** Bytes a decoded pixel takes, from the decoder's own type (16-bit samples take two bytes each). */
    static int bytesPerPixel(ImageReader reader) throws IOException {
        ImageTypeSpecifier type = reader.getRawImageType(0);
        if (type == null) {
            Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
            type = types.hasNext() ? types.next() : null;
        }
        if (type == null) {
            return 8;
        }
        SampleModel model = type.getSampleModel(1, 1);
        int sampleBytes = DataBuffer.getDataTypeSize(model.getDataType()) / 8;
        int packed = model instanceof java.awt.image.SinglePixelPackedSampleModel ? 1 : model.getNumBands();
        return Math.max(1, sampleBytes * packed);
    }
}
