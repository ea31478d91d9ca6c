package org.physioportal.editorial.domain;

import java.util.Locale;
import org.physioportal.shared.ContentStore;
import org.physioportal.shared.ContentType;
import org.physioportal.shared.Lang;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The translation group key of a new item: its address, made unique within the type. */
@Component
public class GroupKeys {

    private final ContentStores stores;

    GroupKeys(ContentStores stores) {
        this.stores = stores;
    }

    /** The slug as group key, with a number when another group of the type has it already. */
    @Transactional(readOnly = true)
    public String free(ContentType type, String slug) {
        ContentStore<?> store = stores.of(type);
        String base = slug.length() > 70 ? slug.substring(0, 70).replaceAll("-+$", "") : slug;
        String key = base;
        for (int n = 2;
                store.idOf(key, Lang.EN).isPresent() || store.idOf(key, Lang.CS).isPresent();
                n++) {
            key = base + "-" + n;
        }
        return key.toLowerCase(Locale.ROOT);
    }
}
