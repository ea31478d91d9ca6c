package org.physioportal.shared;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** Reading and making records field by field, for code that handles any content record by its fields' names. */
public final class Components {

    /** A record type's accessors by field name and its canonical constructor, looked up once per type. */
    private record Shape(Map<String, Method> accessors, Constructor<?> constructor) {}

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            try {
                var constructor = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                constructor.setAccessible(true);
                var accessors = Arrays.stream(components)
                        .collect(Collectors.toUnmodifiableMap(RecordComponent::getName, c -> {
                            Method accessor = c.getAccessor();
                            accessor.setAccessible(true);
                            return accessor;
                        }));
                return new Shape(accessors, constructor);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " is not a record with a canonical constructor", e);
            }
        }
    };

    private Components() {}

    /** The value of one field of {@code record}. */
    public static Object value(RecordComponent field, Record record) {
        try {
            return SHAPES.get(field.getDeclaringRecord())
                    .accessors()
                    .get(field.getName())
                    .invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a field of this type holds when nothing was given: null, or a primitive's zero (false). */
    public static Object empty(Class<?> type) {
        return type.isPrimitive() && type != void.class ? Array.get(Array.newInstance(type, 1), 0) : null;
    }

    /** A record of {@code type} from its fields' values in order; what its constructor throws is thrown. */
    public static <R extends Record> R make(Class<R> type, Object[] values) {
        try {
            return type.cast(SHAPES.get(type).constructor().newInstance(values));
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " cannot be made", e);
        }
    }
}
