package org.physioportal.media.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public record MediaText(
        @Column(name = "alt") String alt,
        @Column(name = "caption") String caption) {}
