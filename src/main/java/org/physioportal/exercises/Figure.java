package org.physioportal.exercises;

/** An exercise shown inline in an article: its picture, caption and link. */
public record Figure(
        org.physioportal.shared.ContentRef ref,
        String name,
        String url,
        String imageUrl,
        String alt,
        String caption,
        Integer width,
        Integer height) {}
