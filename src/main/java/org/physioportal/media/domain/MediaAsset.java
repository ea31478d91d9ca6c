package org.physioportal.media.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.annotations.BatchSize;

@Entity
public class MediaAsset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String storageName;
    private String originalName;
    private String contentType;
    private long byteSize;
    private Integer width;
    private Integer height;
    private String licence;
    private String credit;
    private String source;
    private Instant createdAt;
    // widths of the smaller copies stored next to the file, for srcset, e.g. "480,960"
    private String variantWidths;

    // loaded for up to 50 files in one query: a page's teasers and figures would otherwise ask once per picture
    @BatchSize(size = 50)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "media_text", joinColumns = @JoinColumn(name = "media_id"))
    @MapKeyColumn(name = "lang")
    private Map<String, MediaText> texts = new HashMap<>();

    protected MediaAsset() {}

    public MediaAsset(
            String storageName,
            String originalName,
            String contentType,
            long byteSize,
            Integer width,
            Integer height,
            String licence,
            String credit,
            String source) {
        this.storageName = storageName;
        this.originalName = originalName;
        this.contentType = contentType;
        this.byteSize = byteSize;
        this.width = width;
        this.height = height;
        this.licence = licence;
        this.credit = credit;
        this.source = source;
        this.createdAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public String storageName() {
        return storageName;
    }

    public String contentType() {
        return contentType;
    }

    public Integer width() {
        return width;
    }

    public Integer height() {
        return height;
    }

    public String licence() {
        return licence;
    }

    public String credit() {
        return credit;
    }

    public String source() {
        return source;
    }

    /** Widths of the smaller copies stored next to the file, smallest first; empty if none. */
    public java.util.List<Integer> variantWidths() {
        if (variantWidths == null || variantWidths.isBlank()) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(variantWidths.split(","))
                .map(Integer::valueOf)
                .toList();
    }

    public void variantWidths(java.util.List<Integer> widths) {
        this.variantWidths = widths.isEmpty()
                ? null
                : String.join(",", widths.stream().map(String::valueOf).toList());
    }

    /** New descriptions; the file stays as it is. */
    public void describe(String licence, String credit, String source) {
        this.licence = licence;
        this.credit = credit;
        this.source = source;
    }

    public Map<String, MediaText> texts() {
        return texts;
    }
}
