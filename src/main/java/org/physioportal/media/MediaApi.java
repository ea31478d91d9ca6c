package org.physioportal.media;

import jakarta.validation.Valid;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.physioportal.media.domain.MediaAsset;
import org.physioportal.media.domain.MediaAssetRepository;
import org.physioportal.media.domain.MediaStorage;
import org.physioportal.media.domain.MediaText;
import org.physioportal.shared.Lang;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Stores media files with their descriptions and tells pages how to show them. A raster picture
 * gets smaller copies ({@link #VARIANT_WIDTHS} narrower than itself) for {@code srcset}, so phones
 * download a fraction of the bytes.
 */
@Service
@Validated
public class MediaApi {

    static final List<Integer> VARIANT_WIDTHS = List.of(480, 960);

    private final MediaAssetRepository assets;
    private final MediaStorage storage;

    MediaApi(MediaAssetRepository assets, MediaStorage storage) {
        this.assets = assets;
        this.storage = storage;
    }

    @Transactional
    public long store(@Valid NewMedia media) {
        String extension = MediaTypes.extension(media.originalName())
                .orElseThrow(() -> new IllegalArgumentException("Unsupported file type: " + media.originalName()));
        String name = storage.write(media.bytes(), extension);
        var asset = new MediaAsset(
                name,
                media.originalName(),
                MediaTypes.contentType(extension),
                media.bytes().length,
                media.width(),
                media.height(),
                media.licence(),
                media.credit(),
                media.source());
        asset.variantWidths(writeVariants(name, asset.contentType(), media.bytes(), media.width()));
        media.texts()
                .forEach((lang, text) -> asset.texts().put(lang.code(), new MediaText(text.alt(), text.caption())));
        return assets.save(asset).id();
    }

    private List<Integer> writeVariants(String name, String contentType, byte[] bytes, Integer width) {
        boolean png = contentType.equals("image/png");
        if (!(png || contentType.equals("image/jpeg")) || width == null || width <= VARIANT_WIDTHS.getFirst()) {
            return List.of();
        }
        BufferedImage image = Images.readStored(bytes);
        if (image == null) {
            return List.of();
        }
        List<Integer> widths =
                VARIANT_WIDTHS.stream().filter(w -> w < image.getWidth()).toList();
        widths.forEach(w -> storage.writeVariant(name, w, Images.encode(Images.scaled(image, w), png)));
        return widths;
    }

    @Transactional(readOnly = true)
    public Optional<MediaView> find(Long id, Lang lang) {
        if (id == null) {
            return Optional.empty();
        }
        return assets.findById(id).map(asset -> view(asset, lang));
    }

    /** Several files at once, by id, for listings and teasers. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, MediaView> findAll(java.util.Collection<Long> ids, Lang lang) {
        var result = new java.util.HashMap<Long, MediaView>();
        assets.findAllById(ids.stream().filter(java.util.Objects::nonNull).toList())
                .forEach(asset -> result.put(asset.id(), view(asset, lang)));
        return result;
    }

    /** Every stored file, newest first, for the back office's pickers and library. */
    @Transactional(readOnly = true)
    public java.util.List<MediaView> library(Lang lang) {
        return assets
                .findAll(org.springframework.data.domain.Sort.by(
                        org.springframework.data.domain.Sort.Direction.DESC, "id"))
                .stream()
                .map(asset -> view(asset, lang))
                .toList();
    }

    /** The library's pictures only, newest first, for the article form's picture picker. */
    @Transactional(readOnly = true)
    public List<MediaView> pictures(Lang lang) {
        return library(lang).stream()
                .filter(m -> m.contentType().startsWith("image/"))
                .toList();
    }

    static MediaView view(MediaAsset asset, Lang lang) {
        MediaText text = asset.texts()
                .getOrDefault(lang.code(), asset.texts().get(lang.other().code()));
        String url = "/media/" + asset.storageName();
        return new MediaView(
                asset.id(),
                url,
                asset.contentType(),
                asset.width(),
                asset.height(),
                text == null ? "" : text.alt(),
                text == null ? null : text.caption(),
                asset.licence(),
                asset.credit(),
                asset.source(),
                srcset(asset, url));
    }

    /** {@code /media/a-480w.jpg 480w, /media/a.jpg 1600w}, or null for a file without copies. */
    private static String srcset(MediaAsset asset, String url) {
        List<Integer> widths = asset.variantWidths();
        if (widths.isEmpty() || asset.width() == null) {
            return null;
        }
        StringBuilder set = new StringBuilder();
        widths.forEach(w -> set.append("/media/")
                .append(MediaStorage.variantName(asset.storageName(), w))
                .append(' ')
                .append(w)
                .append("w, "));
        return set.append(url).append(' ').append(asset.width()).append('w').toString();
    }
}
