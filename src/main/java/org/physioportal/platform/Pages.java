package org.physioportal.platform;

import java.util.Map;
import org.physioportal.shared.Lang;
import org.physioportal.shared.PageMeta;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Page metadata of fixed pages (home, listings, indexes), their texts taken from the messages. */
@Component
public class Pages {

    private final MessageSource messages;

    Pages(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Metadata for a page that exists in both languages at {@code /{lang}{suffix}}; its title and
     * description are the messages {@code <key>.title} and {@code <key>.description}.
     */
    public PageMeta fixed(Lang lang, String key, String suffix) {
        return PageMeta.of(
                message(lang, key + ".title"),
                message(lang, key + ".description"),
                lang,
                "/" + lang.code() + suffix,
                Map.of(Lang.EN, "/en" + suffix, Lang.CS, "/cs" + suffix));
    }

    public String message(Lang lang, String key, Object... args) {
        return messages.getMessage(key, args, lang.locale());
    }
}
