package org.physioportal.media;

import jakarta.validation.Valid;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.physioportal.media.domain.MediaAsset;
import org.physioportal.media.domain.MediaAssetRepository;
import org.physioportal.media.domain.MediaStorage;
import org.physioportal.media.domain.MediaText;
import org.physioportal.shared.Lang;
import org.physioportal.shared.NotFoundException;
import org.physioportal.shared.PageResult;
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

    /** New alternative texts, captions, licence, author and source for a stored file. */
    @Transactional
    public void describe(long id, @Valid MediaTexts texts) {
        MediaAsset asset = assets.findById(id).orElseThrow(() -> new NotFoundException("media " + id));
        asset.describe(texts.licence(), texts.credit(), texts.source());
        asset.texts().clear();
        texts.texts()
                .forEach((lang, text) -> asset.texts().put(lang.code(), new MediaText(text.alt(), text.caption())));
        assets.saveAndFlush(asset);
    }

    /** The descriptions of a stored file in every language, for its edit form. */
    @Transactional(readOnly = true)
    public Optional<MediaTexts> texts(long id) {
        return assets.findById(id).map(asset -> {
            Map<Lang, NewMedia.Text> texts = new java.util.EnumMap<>(Lang.class);
            asset.texts()
                    .forEach((code, text) ->
                            texts.put(Lang.require(code), new NewMedia.Text(text.alt(), text.caption())));
            return new MediaTexts(asset.licence(), asset.credit(), asset.source(), texts);
        });
    }

    /**
     * Deletes a stored file that nothing uses any more (the caller checks the content that could), its
     * row first, then its files once the deletion has committed.
     */
    @Transactional
    public void delete(long id) {
        MediaAsset asset = assets.findById(id).orElseThrow(() -> new NotFoundException("media " + id));
        assets.delete(asset);
        String name = asset.storageName();
        List<Integer> widths = asset.variantWidths();
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        storage.delete(name, widths);
                    }
                });
    }

    /** One page (from 1) of the library, newest first. */
    @Transactional(readOnly = true)
    public PageResult<MediaView> page(Lang lang, int page, int size) {
        var found = assets.findAll(org.springframework.data.domain.PageRequest.of(
                Math.max(0, page - 1),
                size,
                org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "id")));
        return new PageResult<>(
                found.getContent().stream().map(asset -> view(asset, lang)).toList(),
                page,
                size,
                found.getTotalElements());
    }

    @Transactional(readOnly = true)
    public Optional<MediaView> find(Long id, Lang lang) {
        if (id == null) {
            return Optional.empty();
        }
        return assets.findById(id).map(asset -> view(asset, lang));
    }

    /**
     * A stored file's bytes, for documents that embed it; a raster picture at its smallest copy when
     * it has one (a printed handout needs no more). Empty for an unknown id or a missing file.
     */
    @Transactional(readOnly = true)
    public Optional<MediaFile> read(long id) {
        return assets.findById(id).flatMap(asset -> {
            String name = asset.variantWidths().isEmpty()
                    ? asset.storageName()
                    : MediaStorage.variantName(
                            asset.storageName(), asset.variantWidths().getFirst());
            return storage.resolve(name).flatMap(MediaApi::bytes).map(b -> new MediaFile(asset.contentType(), b));
        });
    }

    private static Optional<byte[]> bytes(java.nio.file.Path path) {
        try {
            return Optional.of(java.nio.file.Files.readAllBytes(path));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
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
