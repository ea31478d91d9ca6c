/**
 * Syndication: what other sites and apps read from us. Atom feeds per language and per term
 * ({@code feeds}), the public read API under {@code /api/v1} with its OpenAPI description and oEmbed
 * ({@code api}), and the links in pages' head that advertise both ({@code web}). It reads content
 * only through the content modules' public APIs and only ever sees published items; the adapters
 * from their views to what we publish live here ({@code api/ContentReader}).
 */
package org.physioportal.syndication;
