package org.physioportal.editorial.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.physioportal.shared.ContentRecord;
import org.physioportal.shared.ContentStore;
import org.physioportal.shared.ContentType;
import org.springframework.stereotype.Component;

/** The store of each content type (the content modules' APIs), found by type. */
@Component
public class ContentStores {

    private final Map<ContentType, ContentStore<?>> stores = new EnumMap<>(ContentType.class);

    ContentStores(List<ContentStore<?>> all) {
        all.forEach(store -> stores.put(store.type(), store));
    }

    @SuppressWarnings("unchecked")
    public <C extends ContentRecord> ContentStore<C> of(ContentType type) {
        ContentStore<?> store = stores.get(type);
        if (store == null) {
            throw new IllegalArgumentException("no store for " + type);
        }
        return (ContentStore<C>) store;
    }

    public List<ContentStore<?>> all() {
        return List.copyOf(stores.values());
    }
}
