package org.physioportal.editorial.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Ids picked in a list or with check boxes, in the order picked. */
record PickedIds(boolean set) implements FieldText {
    @Override
    public Object show(Object value) {
        return value == null ? new ArrayList<>() : new ArrayList<>((Collection<?>) value);
    }

    @Override
    public Object take(List<String> sent) {
        return sent == null
                ? new ArrayList<>()
                : sent.stream().filter(s -> !s.isBlank()).toList();
    }

    @Override
    public Object parse(Object shown) {
        Collection<Long> ids = set ? new LinkedHashSet<>() : new ArrayList<>();
        for (Object id : (Collection<?>) shown) {
            try {
                ids.add(Long.valueOf(id.toString().strip()));
            } catch (NumberFormatException e) {
                throw new Unreadable("editorial.error.invalid");
            }
        }
        return set ? Set.copyOf(ids) : List.copyOf(ids);
    }
}
