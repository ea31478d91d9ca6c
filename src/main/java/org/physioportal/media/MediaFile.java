package org.physioportal.media;

/** A stored file's bytes and type, for documents that embed a picture (a printed handout). */
public record MediaFile(String contentType, byte[] bytes) {}
