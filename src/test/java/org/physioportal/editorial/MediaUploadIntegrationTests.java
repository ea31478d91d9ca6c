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
