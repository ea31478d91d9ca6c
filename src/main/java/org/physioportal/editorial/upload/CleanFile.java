package org.physioportal.editorial.upload;

/** An upload that passed the checks, ready to store: the bytes to keep, their type and size. */
public record CleanFile(byte[] bytes, Sniffer.Kind kind, Integer width, Integer height) {}
