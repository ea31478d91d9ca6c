package org.physioportal.shared;

import java.util.Map;

/**
 * What the layout needs to know about a page: its title and description, canonical path, the
 * language versions for hreflang and the language switch, Open Graph data and JSON-LD; {@code
 * switchTo} is where the language switch leads when that is not a language version (null: the other
 * language's version, else its home).
 */
public record PageMeta(
        String title,
        String description,
        Lang lang,
        String path,
        Map<Lang, String> alternates,
        String ogType,
        String imagePath,
        String jsonLd,
        String switchTo) {

    public static PageMeta of(String title, String description, Lang lang, String path, Map<Lang, String> alternates) {
        return new PageMeta(title, description, lang, path, alternates, "website", null, null, null);
    }

    /**
     * The same page at an address of its own (a search for some words) that has no translation: its
     * canonical address and only language version, the language switch still leading where it led.
     */
    public PageMeta at(String ownPath) {
        return new PageMeta(
                title, description, lang, ownPath, Map.of(lang, ownPath), ogType, imagePath, jsonLd, switchPath());
    }

    public PageMeta withOg(String type, String image) {
        return new PageMeta(title, description, lang, path, alternates, type, image, jsonLd, switchTo);
    }

    public PageMeta withJsonLd(Map<String, Object> data) {
        return new PageMeta(title, description, lang, path, alternates, ogType, imagePath, Json.write(data), switchTo);
    }

    /** The version for readers whose language we do not publish in (hreflang x-default): English. */
    public String defaultPath() {
        return alternates.get(Lang.EN);
    }

    /** The path of this page in the other language, or that language's home when it has no translation. */
    public String switchPath() {
        if (switchTo != null) {
            return switchTo;
        }
        Lang other = lang.other();
        return alternates.getOrDefault(other, "/" + other.code());
    }
}
