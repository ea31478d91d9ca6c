package org.physioportal.taxonomy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public record TermText(
        @Column(name = "slug") String slug,
        @Column(name = "name") String name,
        @Column(name = "description") String description) {}
