package org.physioportal.shared;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Between a stored content item and its module's record, by field name: a record field the entity
 * has a same-named field (a column) for is read from it; any other is kept in the item's details
 * (JSON). So a field added to a record is stored, read and kept in history with no entity or
 * migration to change; it gets a column of its own when something must query or index it.
 */
final class ContentFields {

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ContentFields() {}

    /** The record's fields the entity has no field for, by name (null values left out). */
    static Map<String, Object> details(Record content, Class<?> entity) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (RecordComponent component : content.getClass().getRecordComponents()) {
            if (field(entity, component.getName()) == null) {
                Object value = Components.value(component, content);
                if (value != null) {
                    // as the column gives it back (a Long may return as an Integer), so a save that
                    // changes nothing leaves the details equal and the item unchanged
                    details.put(component.getName(), JSON.readValue(JSON.writeValueAsString(value), Object.class));
                }
            }
        }
        return details;
    }

    /**
     * The record from the entity's same-named fields and its details; {@code stored} turns a field's
     * stored value into the record's where the two differ (an embeddable, say).
     */
    static <C extends Record> C read(Object entity, Class<C> type, Map<String, Object> details, Converter stored) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            Field field = field(entity.getClass(), component.getName());
            args[i] = field == null
                    ? fromDetails(component, details.get(component.getName()))
                    : copied(stored.apply(component.getName(), get(field, entity)));
        }
        return Components.make(type, args);
    }

    /** Turns a stored field's value into the record's. */
    @FunctionalInterface
    interface Converter {
        Object apply(String field, Object stored);
    }

    private static Object fromDetails(RecordComponent component, Object value) {
        if (value == null) {
            return Components.empty(component.getType());
        }
        return JSON.convertValue(value, JSON.constructType(component.getGenericType()));
    }

    /** Collections as unmodifiable copies (never the entity's own, which Hibernate manages). */
    private static Object copied(Object value) {
        return switch (value) {
            case Set<?> set -> Set.copyOf(set);
            case Collection<?> list -> List.copyOf(list);
            case null, default -> value;
        };
    }

    /** Each entity class's instance fields by name, looked up once (made accessible). */
    private static final ClassValue<Map<String, Field>> FIELDS = new ClassValue<>() {
        @Override
        protected Map<String, Field> computeValue(Class<?> type) {
            Map<String, Field> fields = new HashMap<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers()) && !fields.containsKey(f.getName())) {
                        f.setAccessible(true);
                        fields.put(f.getName(), f);
                    }
                }
            }
            return Map.copyOf(fields);
        }
    };

    private static Field field(Class<?> type, String name) {
        return FIELDS.get(type).get(name);
    }

    private static Object get(Field field, Object entity) {
        try {
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
