package org.physioportal.programmes.handout;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a test reads from a PDF with pdfbox: pages, text, pictures and the QR codes among them. */
record Pdfs(int pages, float width, float height, String text, List<BufferedImage> images, int groundPixels) {

    /** The floor colour of every demo exercise picture (SVG), to see that the pictures are drawn. */
    static final int DEMO_GROUND = 0xe6efed;

    static Pdfs read(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            PDPage first = pdf.getPage(0);
            List<BufferedImage> images = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        images.add(image.getImage());
                    }
                }
            }
            BufferedImage rendered = new PDFRenderer(pdf).renderImageWithDPI(0, 40);
            return new Pdfs(
                    pdf.getNumberOfPages(),
                    first.getMediaBox().getWidth(),
                    first.getMediaBox().getHeight(),
                    new PDFTextStripper().getText(pdf),
                    images,
                    count(rendered, DEMO_GROUND));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The texts of the pictures that are QR codes (ZXing decodes them). */
    List<String> qrCodes() {
        List<String> found = new ArrayList<>();
        for (BufferedImage image : images) {
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            var bitmap = new BinaryBitmap(
                    new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            try {
                found.add(new QRCodeReader()
                        .decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                        .getText());
            } catch (NotFoundException | ChecksumException | FormatException notAQrCode) {
                // another picture
            }
        }
        return found;
    }

    private static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (near(image.getRGB(x, y) & 0xFFFFFF, rgb)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean near(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > 4) {
                return false;
            }
        }
        return true;
    }
}
