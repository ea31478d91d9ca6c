package org.physioportal.exercises;

import org.physioportal.media.MediaView;
import org.physioportal.shared.ContentRef;

/** An exercise shown inline in an article: its picture (null if it has none), caption and link. */
public record Figure(ContentRef ref, String name, String url, MediaView image, String caption) {}
