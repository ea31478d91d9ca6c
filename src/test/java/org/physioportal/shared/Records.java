package org.physioportal.shared;

import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Test records by field name: a record made from named values (the rest empty), or a copy with some
 * values changed. A field added to a record leaves tests written this way unchanged.
 */
public final class Records {

    private Records() {}

    /** One field's value for {@link #of} and {@link #with}; the value may be null. */
    public static Map.Entry<String, Object> field(String name, Object value) {
        return new java.util.AbstractMap.SimpleImmutableEntry<>(name, value);
    }

    /** A record of {@code type} with the given fields ({@code field(name, value)}); the others null (0, false). */
    @SafeVarargs
    public static <R extends Record> R of(Class<R> type, Map.Entry<String, ?>... fields) {
        return make(type, values(fields), null);
    }

    /** A copy of {@code record} with the given fields changed. */
    @SafeVarargs
    @SuppressWarnings("unchecked")
    public static <R extends Record> R with(R record, Map.Entry<String, ?>... fields) {
        return make((Class<R>) record.getClass(), values(fields), record);
    }

    private static Map<String, Object> values(Map.Entry<String, ?>[] fields) {
        Map<String, Object> values = new HashMap<>();
        for (var field : fields) {
            values.put(field.getKey(), field.getValue());
        }
        return values;
    }

    private static <R extends Record> R make(Class<R> type, Map<String, Object> values, R base) {
        RecordComponent[] components = type.getRecordComponents();
        var unknown = new HashMap<>(values);
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            if (values.containsKey(name)) {
                args[i] = values.get(name);
                unknown.remove(name);
            } else if (base != null) {
                args[i] = Components.value(components[i], base);
            } else {
                args[i] = Components.empty(components[i].getType());
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(type.getSimpleName() + " has no field " + unknown.keySet());
        }
        return Components.make(type, args);
    }
}
