package org.physioportal.programmes.handout;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Prints a {@link Handout} as an A4 PDF: the Thymeleaf template {@code programmes/handout} (written
 * as well-formed XHTML) laid out by openhtmltopdf, SVG pictures drawn as vectors by Batik (no
 * scripts, no external resources), text in the embedded DejaVu Sans so that Czech letters print.
 */
@Component
class HandoutPdf {

    private static final String FONT = "DejaVu Sans";
    /** DejaVu Sans from Maven Central (net.sf.jasperreports:jasperreports-fonts), not a copy in this repository. */
    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";

    private final ITemplateEngine templates;
    private final byte[] regular;
    private final byte[] bold;

    HandoutPdf(ITemplateEngine templates) {
        this.templates = templates;
        this.regular = font(FONTS + "DejaVuSans.ttf");
        this.bold = font(FONTS + "DejaVuSans-Bold.ttf");
    }

    byte[] render(Handout handout) {
        var context = new Context();
        context.setVariable("h", handout);
        String xhtml = templates.process("programmes/handout", context);
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] font(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Missing font " + path, e);
        }
    }
}
