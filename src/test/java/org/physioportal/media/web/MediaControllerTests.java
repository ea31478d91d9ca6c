package org.physioportal.media.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.physioportal.media.domain.MediaAsset;
import org.physioportal.media.domain.MediaAssetRepository;
import org.physioportal.media.domain.MediaStorage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Media are public; the slice's default security needs some user, which changes nothing here. */
@WebMvcTest(MediaController.class)
@WithMockUser
class MediaControllerTests {

    @TempDir
    static Path dir;

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    MediaAssetRepository assets;

    @MockitoBean
    MediaStorage storage;

    @Test
    void servesAStoredFileWithItsTypeAndLongCaching() throws Exception {
        Path file = Files.writeString(dir.resolve("abc.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        var asset = new MediaAsset("abc.svg", "x.svg", "image/svg+xml", 40, 800, 600, "CC BY 4.0", "us", null);
        given(assets.findByStorageName("abc.svg")).willReturn(Optional.of(asset));
        given(storage.resolve("abc.svg")).willReturn(Optional.of(file));

        var result = mvc.get().uri("/media/abc.svg").exchange();

        assertThat(result).hasStatusOk().hasContentType("image/svg+xml");
        assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("immutable");
        assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("sandbox");
    }

    @Test
    void answersPartialContentForARange() throws Exception {
        Path file = Files.write(dir.resolve("v.mp4"), new byte[1000]);
        var asset = new MediaAsset("v.mp4", "v.mp4", "video/mp4", 1000, null, null, "CC BY 4.0", "us", null);
        given(assets.findByStorageName("v.mp4")).willReturn(Optional.of(asset));
        given(storage.resolve("v.mp4")).willReturn(Optional.of(file));

        var result =
                mvc.get().uri("/media/v.mp4").header("Range", "bytes=10-19").exchange();

        assertThat(result).hasStatus(206);
        assertThat(result.getResponse().getContentAsByteArray()).hasSize(10);
        assertThat(result.getResponse().getHeader("Content-Range")).isEqualTo("bytes 10-19/1000");
    }

    @Test
    void unknownOrMalformedNamesAreNotFound() {
        given(assets.findByStorageName("missing.png")).willReturn(Optional.empty());

        assertThat(mvc.get().uri("/media/missing.png").exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/media/.hidden").exchange()).hasStatus(404);
    }

    @Test
    void aRecordWhoseFileIsGoneIsNotFound() {
        var asset = new MediaAsset("gone.png", "g.png", "image/png", 1, 1, 1, "CC BY 4.0", "us", null);
        given(assets.findByStorageName("gone.png")).willReturn(Optional.of(asset));
        given(storage.resolve("gone.png")).willReturn(Optional.empty());

        assertThat(mvc.get().uri("/media/gone.png").exchange()).hasStatus(404);
    }
}
