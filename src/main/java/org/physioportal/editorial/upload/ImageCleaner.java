package org.physioportal.editorial.upload;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.physioportal.editorial.EditorialProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Turns an uploaded picture into one that is safe to serve: the type is sniffed from the bytes, the
 * declared size is checked before decoding (decompression bombs), and the pixels are encoded anew,
 * so nothing of the original file survives: no EXIF or GPS data, no comment, no appended payload.
 */
@Component
public class ImageCleaner {

    private static final float JPEG_QUALITY = 0.85f;

    private final EditorialProperties limits;

    ImageCleaner(EditorialProperties limits) {
        this.limits = limits;
    }

    public CleanFile clean(byte[] upload) {
        if (upload.length > limits.maxImageSize().toBytes()) {
            throw new UploadProblem(HttpStatus.CONTENT_TOO_LARGE, "editorial.media.error.too-big");
        }
        Sniffer.Kind kind = Sniffer.sniff(upload)
                .filter(k -> k == Sniffer.Kind.JPEG || k == Sniffer.Kind.PNG || k == Sniffer.Kind.WEBP)
                .orElseThrow(
                        () -> new UploadProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "editorial.media.error.image-type"));
        BufferedImage image = decode(upload, kind);
        image = scaled(image, limits.maxImageWidth());
        // Pictures with transparency stay PNG; everything else becomes a JPEG without metadata.
        boolean png = kind == Sniffer.Kind.PNG && image.getColorModel().hasAlpha();
        byte[] bytes = png ? write(image, "png", null) : write(rgb(image), "jpeg", JPEG_QUALITY);
        return new CleanFile(bytes, png ? Sniffer.Kind.PNG : Sniffer.Kind.JPEG, image.getWidth(), image.getHeight());
    }

    private BufferedImage decode(byte[] upload, Sniffer.Kind kind) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                // The JDK reads JPEG and PNG; WebP needs a plug-in this build does not have.
                throw new UploadProblem(
                        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                        kind == Sniffer.Kind.WEBP ? "editorial.media.error.webp" : "editorial.media.error.broken");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > limits.maxImagePixels() || pixels <= 0) {
                    throw new UploadProblem(HttpStatus.CONTENT_TOO_LARGE, "editorial.media.error.pixels");
                }
                return reader.read(0);
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

    static BufferedImage scaled(BufferedImage image, int maxWidth) {
        if (image.getWidth() <= maxWidth) {
            return image;
        }
        int height = Math.max(1, Math.round(image.getHeight() * (maxWidth / (float) image.getWidth())));
        int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage target = new BufferedImage(maxWidth, height, type);
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, maxWidth, height, null);
        g.dispose();
        return target;
    }

    private static BufferedImage rgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage target = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return target;
    }

    /** Encodes the pixels alone: no metadata object is passed, so the writer adds none. */
    static byte[] write(BufferedImage image, String format, Float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        var out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (quality != null) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
