package org.physioportal.syndication.web;

/** A {@code <link rel="alternate">} of a page's head: its media type, title and absolute address. */
public record HeadLink(String type, String title, String href) {}
