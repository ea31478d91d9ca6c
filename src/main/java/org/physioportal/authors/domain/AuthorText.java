package org.physioportal.authors.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public record AuthorText(
        @Column(name = "role") String role,
        @Column(name = "bio") String bio) {}
