package org.physioportal.editorial.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.physioportal.editorial.EditorialProperties;
import org.springframework.util.unit.DataSize;

/**
 * Issue 22, "also": a picture with many pixels of 16 bits each (a 6000 × 6600 PNG took 317 MB) is
 * decoded within the memory budget, at every n-th pixel, and still stored.
 */
class ImageCleanerTests {

    static final DataSize BUDGET = DataSize.ofMegabytes(4);

    final ImageCleaner cleaner = new ImageCleaner(new EditorialProperties(
            DataSize.ofMegabytes(15), 40_000_000, 1600, DataSize.ofMegabytes(250), DataSize.ofMegabytes(1), BUDGET));

    static byte[] png16(int width, int height) throws Exception {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_USHORT_GRAY);
        var g = image.createGraphics();
        g.fillRect(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static long bytes(BufferedImage image) {
        DataBuffer buffer = image.getRaster().getDataBuffer();
        return (long) buffer.getSize() * buffer.getNumBanks() * DataBuffer.getDataTypeSize(buffer.getDataType()) / 8;
    }

    @Test
    void aSixteenBitPictureIsDecodedWithinTheBudget() throws Exception {
        byte[] upload = png16(3000, 2000); // 12 MB once decoded
        BufferedImage decoded = cleaner.decode(upload);
        assertThat(bytes(decoded)).isLessThanOrEqualTo(BUDGET.toBytes());
        assertThat(decoded.getWidth()).isEqualTo(1500);
        CleanFile stored = cleaner.clean(upload);
        assertThat(stored.width()).isEqualTo(1500);
    }

    @Test
    void aPictureWithinTheBudgetIsDecodedWhole() throws Exception {
        assertThat(cleaner.decode(png16(1200, 800)).getWidth()).isEqualTo(1200);
    }

    @Test
    void stepsGrowUntilThePictureFits() {
        assertThat(ImageCleaner.subsampling(6000, 6600, 8, 100L << 20)).isEqualTo(2);
        assertThat(ImageCleaner.subsampling(6000, 6600, 3, 100L << 20)).isEqualTo(2);
        assertThat(ImageCleaner.subsampling(4000, 3000, 3, 100L << 20)).isEqualTo(1);
    }
}
