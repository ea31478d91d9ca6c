package org.physioportal.shared;

import java.util.Map;

/**
 * What the layout needs to know about a page: its title and description, canonical path, the
 * language versions for hreflang and the language switch, Open Graph data and JSON-LD.
 */
public record PageMeta(
        String title,
        String description,
        Lang lang,
        String path,
        Map<Lang, String> alternates,
        String ogType,
        String imagePath,
        String jsonLd) {

    public static PageMeta of(String title, String description, Lang lang, String path, Map<Lang, String> alternates) {
        return new PageMeta(title, description, lang, path, alternates, "website", null, null);
    }

    /** The same page at another address of its own (a search for some words), which becomes its canonical address. */
    public PageMeta at(String ownPath) {
        return new PageMeta(title, description, lang, ownPath, alternates, ogType, imagePath, jsonLd);
    }

    public PageMeta withOg(String type, String image) {
        return new PageMeta(title, description, lang, path, alternates, type, image, jsonLd);
    }

    public PageMeta withJsonLd(Map<String, Object> data) {
        return new PageMeta(title, description, lang, path, alternates, ogType, imagePath, Json.write(data));
    }

    /** The version for readers whose language we do not publish in (hreflang x-default): English. */
    public String defaultPath() {
        return alternates.get(Lang.EN);
    }

    /** The path of this page in the other language, or that language's home when it has no translation. */
    public String switchPath() {
        Lang other = lang.other();
        return alternates.getOrDefault(other, "/" + other.code());
    }
}
