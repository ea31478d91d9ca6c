package org.physioportal.videos;

/** Our own MP4 file, or a privacy-enhanced external player (YouTube nocookie, Vimeo dnt). */
public enum VideoKind {
    FILE,
    EMBED
}
