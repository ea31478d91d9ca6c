package org.physioportal.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.physioportal.media.MediaApi;
import org.physioportal.media.NewMedia;
import org.physioportal.shared.Lang;
import org.springframework.stereotype.Component;

/** Stores the demo pictures and videos through the media module, with alt text in both languages. */
@Component
class DemoMedia {

    static final String LICENCE = "CC BY 4.0";
    static final String CREDIT = "Physio Portal";
    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

    private final MediaApi media;

    DemoMedia(MediaApi media) {
        this.media = media;
    }

    /** Stores a file; {@code text} gives its alternative text and caption in each language. */
    long store(String path, Function<Lang, NewMedia.Text> text) {
        Map<Lang, NewMedia.Text> texts = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            texts.put(lang, text.apply(lang));
        }
        return store(path, texts);
    }

    private long store(String path, Map<Lang, NewMedia.Text> texts) {
        byte[] bytes = DemoYaml.bytes(path);
        int[] size = dimensions(path, bytes);
        String name = path.substring(path.lastIndexOf('/') + 1);
        return media.store(new NewMedia(
                name,
                bytes,
                size == null ? null : size[0],
                size == null ? null : size[1],
                LICENCE,
                CREDIT,
                null,
                texts));
    }

    private static int[] dimensions(String path, byte[] bytes) {
        if (path.endsWith(".svg")) {
            Matcher m = VIEW_BOX.matcher(new String(bytes, StandardCharsets.UTF_8));
            return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : null;
        }
        if (path.endsWith(".png") || path.endsWith(".jpg")) {
            try {
                var image = ImageIO.read(new ByteArrayInputStream(bytes));
                return image == null ? null : new int[] {image.getWidth(), image.getHeight()};
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return null;
    }
}
