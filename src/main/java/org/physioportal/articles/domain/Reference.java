package org.physioportal.articles.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public record Reference(
        @Column(name = "text") String text,
        @Column(name = "url") String url) {}
