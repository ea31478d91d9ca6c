package org.physioportal.articles;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An article's care card: when to get help, by urgency. {@code soon}: book a physiotherapist (the
 * clinic's number); {@code urgent}: see a doctor the same day; {@code emergency}: call the emergency
 * number.
 */
public record CareCardView(
        @NotBlank @Size(max = 1000) String soon,
        @NotBlank @Size(max = 1000) String urgent,
        @NotBlank @Size(max = 1000) String emergency) {}
