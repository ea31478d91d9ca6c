package org.physioportal.media;

import jakarta.validation.Valid;
import java.util.Optional;
import org.physioportal.media.domain.MediaAsset;
import org.physioportal.media.domain.MediaAssetRepository;
import org.physioportal.media.domain.MediaStorage;
import org.physioportal.media.domain.MediaText;
import org.physioportal.shared.Lang;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** Stores media files with their descriptions and tells pages how to show them. */
@Service
@Validated
public class MediaApi {

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
        media.texts()
                .forEach((lang, text) -> asset.texts().put(lang.code(), new MediaText(text.alt(), text.caption())));
        return assets.save(asset).id();
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

    static MediaView view(MediaAsset asset, Lang lang) {
        MediaText text = asset.texts()
                .getOrDefault(lang.code(), asset.texts().get(lang.other().code()));
        return new MediaView(
                asset.id(),
                "/media/" + asset.storageName(),
                asset.contentType(),
                asset.width(),
                asset.height(),
                text == null ? "" : text.alt(),
                text == null ? null : text.caption(),
                asset.licence(),
                asset.credit(),
                asset.source());
    }
}
