package org.physioportal.editorial.upload;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.physioportal.editorial.EditorialProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Checks uploads that are stored as they are: MP4 videos (served as {@code video/mp4} with Range
 * support and {@code nosniff}) and WebVTT captions (plain UTF-8 text with the WEBVTT header).
 */
@Component
public class FileChecker {

    private final EditorialProperties limits;

    FileChecker(EditorialProperties limits) {
        this.limits = limits;
    }

    public CleanFile check(byte[] upload) {
        Sniffer.Kind kind = Sniffer.sniff(upload)
                .filter(k -> k == Sniffer.Kind.MP4 || k == Sniffer.Kind.VTT)
                .orElseThrow(
                        () -> new UploadProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "editorial.media.error.file-type"));
        long limit = kind == Sniffer.Kind.MP4
                ? limits.maxVideoSize().toBytes()
                : limits.maxCaptionsSize().toBytes();
        if (upload.length > limit) {
            throw new UploadProblem(HttpStatus.CONTENT_TOO_LARGE, "editorial.media.error.too-big");
        }
        if (kind == Sniffer.Kind.VTT && !utf8(upload)) {
            throw new UploadProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "editorial.media.error.file-type");
        }
        return new CleanFile(upload, kind, null, null);
    }

    private static boolean utf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
