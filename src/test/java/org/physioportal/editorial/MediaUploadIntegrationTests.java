package org.physioportal.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.physioportal.PortalTestClient;
import org.physioportal.WebSession;
import org.physioportal.accounts.AccountFixtures;
import org.physioportal.accounts.AccountsApi;
import org.physioportal.accounts.Role;
import org.physioportal.articles.ArticleBody;
import org.physioportal.media.MediaApi;
import org.physioportal.media.MediaView;
import org.physioportal.shared.Lang;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The media library refuses what it should and cleans what it keeps: EXIF and GPS data, appended
 * payloads and oversized pictures never reach the stored file; SVG, scripts with an image name and
 * double extensions are refused; nothing is stored after a refusal.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"portal.editorial.max-image-size=300KB", "portal.editorial.max-image-pixels=4000000"})
@ActiveProfiles("test")
class MediaUploadIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountsApi accounts;

    @Autowired
    MediaApi media;

    @Autowired
    ArticleBody articleBody;

    WebSession editor;

    @BeforeEach
    void editor() {
        var account = AccountFixtures.create(accounts, Role.EDITOR);
        editor = new WebSession(port);
        editor.login(account.email(), AccountFixtures.PASSWORD);
        editor.get("/admin/media?lang=en");
    }

    @Test
    void aJpegWithGpsDataAndAnAppendedScriptIsStoredCleanAndScaledDown() throws Exception {
        byte[] photo = withExif(jpeg(2400, 1200));
        byte[] polyglot = concat(photo, "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.US_ASCII));
        var answer = upload("/admin/media/images", "../../holiday.php.jpg", "image/jpeg", polyglot);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        long id = Long.parseLong(
                answer.headers().firstValue("Location").orElseThrow().replaceAll(".*uploaded=(\\d+).*", "$1"));
        MediaView stored = media.find(id, Lang.EN).orElseThrow();
        assertThat(stored.url()).matches("/media/[0-9a-f-]{36}\\.jpg");
        assertThat(stored.width()).isEqualTo(1600);
        assertThat(stored.height()).isEqualTo(800);
        assertThat(stored.alt()).isEqualTo("A runner on a forest path");

        HttpResponse<byte[]> file = new PortalTestClient(port).getBytes(stored.url());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        String raw = new String(file.body(), StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("Exif").doesNotContain("GPS").doesNotContain("<?php");
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(file.body())).getWidth())
                .isEqualTo(1600);
        assertThat(editor.get("/admin/media?lang=en").body()).contains("A runner on a forest path");

        // smaller copies for srcset, served under their own names; other widths do not exist
        String base = stored.url().replace(".jpg", "");
        assertThat(stored.srcset())
                .isEqualTo(base + "-480w.jpg 480w, " + base + "-960w.jpg 960w, " + stored.url() + " 1600w");
        HttpResponse<byte[]> small = new PortalTestClient(port).getBytes(base + "-480w.jpg");
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        BufferedImage smallImage = ImageIO.read(new java.io.ByteArrayInputStream(small.body()));
        assertThat(smallImage.getWidth()).isEqualTo(480);
        assertThat(smallImage.getHeight()).isEqualTo(240);
        assertThat(small.body().length).isLessThan(file.body().length);
        assertThat(new PortalTestClient(port).getBytes(base + "-720w.jpg").statusCode())
                .isEqualTo(404);
    }

    @Test
    void aSmallPictureHasNoSmallerCopies() throws Exception {
        long id = storedId(upload("/admin/media/images", "small.png", "image/png", png(400, 300)));
        MediaView stored = media.find(id, Lang.EN).orElseThrow();
        assertThat(stored.srcset()).isNull();
        assertThat(new PortalTestClient(port)
                        .getBytes(stored.url().replace(".png", "-480w.png"))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void webpPicturesAreDecodedAndStoredAsJpegOrAsPngWhenTransparent() throws Exception {
        long photo = storedId(upload("/admin/media/images", "photo.webp", "image/webp", resource("photo.webp")));
        MediaView jpeg = media.find(photo, Lang.EN).orElseThrow();
        assertThat(jpeg.url()).endsWith(".jpg");
        assertThat(jpeg.contentType()).isEqualTo("image/jpeg");
        assertThat(jpeg.width()).isEqualTo(1200);
        assertThat(jpeg.height()).isEqualTo(600);
        assertThat(jpeg.srcset())
                .contains("-480w.jpg 480w")
                .contains("-960w.jpg 960w")
                .endsWith(" 1200w");
        BufferedImage decoded = ImageIO.read(new java.io.ByteArrayInputStream(
                new PortalTestClient(port).getBytes(jpeg.url()).body()));
        // the gradient survived the round trip (top left is dark teal, bottom right lighter)
        Color corner = new Color(decoded.getRGB(0, 0));
        assertThat(corner.getGreen()).isBetween(95, 127);

        long disc = storedId(upload("/admin/media/images", "disc.webp", "image/webp", resource("alpha.webp")));
        MediaView png = media.find(disc, Lang.EN).orElseThrow();
        assertThat(png.contentType()).isEqualTo("image/png");
        BufferedImage transparent = ImageIO.read(new java.io.ByteArrayInputStream(
                new PortalTestClient(port).getBytes(png.url()).body()));
        assertThat(transparent.getColorModel().hasAlpha()).isTrue();
        assertThat(transparent.getRGB(0, 0) >>> 24).as("a transparent corner").isZero();
        assertThat(transparent.getRGB(150, 150) >>> 24).as("the opaque disc").isEqualTo(255);
    }

    @Test
    void aWebpDeclaringTooManyPixelsIsRefusedBeforeDecoding() {
        int before = media.library(Lang.EN).size();
        var bomb = upload("/admin/media/images", "bomb.webp", "image/webp", webpDeclaring(16_000, 16_000));
        assertThat(bomb.statusCode()).isEqualTo(413);
        assertThat(media.library(Lang.EN)).hasSize(before);
    }

    @Test
    void aLibraryPictureIsEmbeddedInAnArticleBodyWithItsCreditAndSizes() throws Exception {
        long id = storedId(upload("/admin/media/images", "knee.jpg", "image/jpeg", jpeg(1000, 750)));
        MediaView stored = media.find(id, Lang.EN).orElseThrow();
        String html = articleBody
                .render("Before.\n\n{{picture " + id + "}}\n\nAfter.", Lang.EN)
                .html();
        assertThat(html)
                .contains("<figure class=\"media-figure\"><img src=\"" + stored.url() + "\"")
                .contains(" srcset=\"" + stored.srcset() + "\"")
                .contains(" sizes=\"")
                .contains(" alt=\"A runner on a forest path\" width=\"1000\" height=\"750\"")
                .contains("<small>Clinic photographer, CC BY 4.0</small>")
                .contains("<p>Before.</p>")
                .contains("<p>After.</p>");
        assertThat(articleBody.render("{{picture " + id + "}}", Lang.CS).html())
                .contains("alt=\"Běžec na lesní cestě\"");

        // an unknown id, a file that is not a picture, or a malformed line shows no picture and no error
        byte[] vtt = "WEBVTT\n\n00:00.000 --> 00:01.000\nHi.\n".getBytes(StandardCharsets.UTF_8);
        long captions = storedId(upload("/admin/media/files", "c.vtt", "text/vtt", vtt));
        assertThat(articleBody.render("{{picture 987654321}}", Lang.EN).html()).isEmpty();
        assertThat(articleBody.render("{{picture " + captions + "}}", Lang.EN).html())
                .isEmpty();
        assertThat(articleBody
                        .render("{{picture 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9}}", Lang.EN)
                        .html())
                .isEmpty();

        // the article form offers the picture with its id for the {{picture id}} line
        assertThat(editor.get("/admin/articles/new?lang=en").body())
                .contains("id=\"picture-choice\"")
                .contains("<option value=\"" + id + "\">A runner on a forest path (" + id + ")</option>");
    }

    @Test
    void whatIsNotAPictureIsRefusedWhateverItsNameAndNothingIsStored() {
        int before = media.library(Lang.EN).size();
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
        var script = upload("/admin/media/images", "x.svg", "image/svg+xml", svg.getBytes(StandardCharsets.UTF_8));
        assertThat(script.statusCode()).isEqualTo(415);
        assertThat(script.body()).contains("SVG is not accepted");
        var php = upload(
                "/admin/media/images", "x.php.jpg", "image/jpeg", "<?php echo 1; ?>".getBytes(StandardCharsets.UTF_8));
        assertThat(php.statusCode()).isEqualTo(415);
        var html = upload(
                "/admin/media/files",
                "clip.mp4",
                "video/mp4",
                "<html><script>1</script>".getBytes(StandardCharsets.UTF_8));
        assertThat(html.statusCode()).isEqualTo(415);
        assertThat(media.library(Lang.EN)).hasSize(before);
    }

    @Test
    void oversizedFilesAndDecompressionBombsAre413() throws Exception {
        int before = media.library(Lang.EN).size();
        byte[] noise = new byte[400 * 1024];
        new java.util.Random(1).nextBytes(noise);
        var big = upload("/admin/media/images", "big.png", "image/png", concat(png(10, 10), noise));
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(big.body()).contains("too large");
        var bomb = upload("/admin/media/images", "bomb.png", "image/png", pngDeclaring(50_000, 50_000));
        assertThat(bomb.statusCode()).isEqualTo(413);
        assertThat(bomb.body()).contains("too many pixels");
        assertThat(media.library(Lang.EN)).hasSize(before);
    }

    @Test
    void alternativeTextLicenceAndAuthorAreRequired() throws Exception {
        int before = media.library(Lang.EN).size();
        var answer = editor.postFile(
                "/admin/media/images?lang=en", "a.png", "image/png", png(20, 20), "altEn", "", "licence", "");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("id=\"altEn-images-error\"").contains("id=\"licence-images-error\"");
        assertThat(media.library(Lang.EN)).hasSize(before);
    }

    @Test
    void captionsAndVideosAreStoredAsTheyAreWithTheirType() {
        byte[] vtt = "WEBVTT\n\n00:00.000 --> 00:02.000\nBreathe in.\n".getBytes(StandardCharsets.UTF_8);
        var captions = upload("/admin/media/files", "captions.vtt", "text/vtt", vtt);
        assertThat(captions.statusCode()).as(captions.body()).isEqualTo(302);
        byte[] mp4 = concat(new byte[] {0, 0, 0, 24}, "ftypisom".getBytes(StandardCharsets.US_ASCII), new byte[64]);
        var video = upload("/admin/media/files", "clip.mp4", "video/mp4", mp4);
        assertThat(video.statusCode()).isEqualTo(302);
        var library = media.library(Lang.EN);
        assertThat(library.get(0).contentType()).isEqualTo("video/mp4");
        assertThat(library.get(1).contentType()).isEqualTo("text/vtt");
        HttpResponse<byte[]> range =
                new PortalTestClient(port).getBytes(library.get(0).url(), "Range", "bytes=0-7");
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.body()).hasSize(8);
    }

    @Test
    void aModeratorCannotUpload() throws Exception {
        var account = AccountFixtures.create(accounts, Role.MODERATOR);
        var moderator = new WebSession(port);
        moderator.login(account.email(), AccountFixtures.PASSWORD);
        moderator.get("/admin/media?lang=en");
        var answer = moderator.postFile("/admin/media/images?lang=en", "a.png", "image/png", png(20, 20), describe());
        assertThat(answer.statusCode()).isEqualTo(403);
    }

    // --- helpers

    private static long storedId(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        return Long.parseLong(
                answer.headers().firstValue("Location").orElseThrow().replaceAll(".*uploaded=(\\d+).*", "$1"));
    }

    /** WebP pictures made for these tests with cwebp from generated pixels (a gradient, a disc). */
    private static byte[] resource(String name) throws Exception {
        try (var in = MediaUploadIntegrationTests.class.getResourceAsStream("/media/" + name)) {
            return in.readAllBytes();
        }
    }

    /** A WebP (extended format) whose canvas header declares a huge picture and holds no pixels. */
    static byte[] webpDeclaring(int width, int height) {
        ByteBuffer vp8x = ByteBuffer.allocate(18).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        vp8x.put("VP8X".getBytes(StandardCharsets.US_ASCII)).putInt(10).putInt(0);
        vp8x.put((byte) (width - 1)).put((byte) ((width - 1) >> 8)).put((byte) ((width - 1) >> 16));
        vp8x.put((byte) (height - 1)).put((byte) ((height - 1) >> 8)).put((byte) ((height - 1) >> 16));
        ByteBuffer riff = ByteBuffer.allocate(12).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + 18);
        riff.put("WEBP".getBytes(StandardCharsets.US_ASCII));
        return concat(riff.array(), vp8x.array());
    }

    private HttpResponse<String> upload(String path, String name, String type, byte[] bytes) {
        return editor.postFile(path + "?lang=en", name, type, bytes, describe());
    }

    private static String[] describe() {
        return new String[] {
            "altEn", "A runner on a forest path",
            "altCs", "Běžec na lesní cestě",
            "licence", "CC BY 4.0",
            "credit", "Clinic photographer",
            "source", ""
        };
    }

    static byte[] jpeg(int width, int height) throws Exception {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(31, 111, 107));
        g.fillRect(0, 0, width, height / 2);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    static byte[] png(int width, int height) throws Exception {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png", out);
        return out.toByteArray();
    }

    /** A JPEG with an APP1 Exif segment (with a GPS tag name in it) right after the start marker. */
    static byte[] withExif(byte[] jpeg) {
        byte[] payload =
                "Exif\0\0MM\0*GPSLatitude 50.0755 N GPSLongitude 14.4378 E".getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer segment = ByteBuffer.allocate(4 + payload.length);
        segment.put((byte) 0xFF)
                .put((byte) 0xE1)
                .putShort((short) (payload.length + 2))
                .put(payload);
        return concat(
                new byte[] {jpeg[0], jpeg[1]}, segment.array(), java.util.Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    /** A tiny PNG whose header declares a huge picture; its pixel data is not even there. */
    static byte[] pngDeclaring(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13)
                .putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 2);
        ihdr.put((byte) 0).put((byte) 0).put((byte) 0);
        return concat(
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
                chunk("IHDR", ihdr.array()),
                chunk("IEND", new byte[0]));
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length)
                .putInt(data.length)
                .put(name)
                .put(data)
                .putInt((int) crc.getValue())
                .array();
    }

    static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
