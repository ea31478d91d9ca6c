package org.physioportal.shared;

import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
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
                Object value = value(component, content);
                if (value != null) {
                    details.put(component.getName(), JSON.convertValue(value, Object.class));
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
        try {
            return type.getDeclaredConstructor(Arrays.stream(components)
                            .map(RecordComponent::getType)
                            .toArray(Class<?>[]::new))
                    .newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type.getSimpleName() + " of " + entity, e);
        }
    }

    /** Turns a stored field's value into the record's. */
    @FunctionalInterface
    interface Converter {
        Object apply(String field, Object stored);
    }

    private static Object fromDetails(RecordComponent component, Object value) {
        if (value == null) {
            return component.getType().isPrimitive() ? JSON.convertValue(0, component.getType()) : null;
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

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name) && !java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                    return f;
                }
            }
        }
        return null;
    }

    private static Object get(Field field, Object entity) {
        try {
            field.setAccessible(true);
            return field.get(entity);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(RecordComponent component, Record content) {
        try {
            return component.getAccessor().invoke(content);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
