package org.physioportal.shared;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** Reading and making records field by field, for code that handles any content record by its fields' names. */
public final class Components {

    private Components() {}

    /** The value of one field of {@code record}. */
    public static Object value(RecordComponent field, Record record) {
        try {
            var accessor = field.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a field of this type holds when nothing was given: null, or a primitive's zero (false). */
    public static Object empty(Class<?> type) {
        return type.isPrimitive() && type != void.class
                ? java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(type, 1), 0)
                : null;
    }

    /** A record of {@code type} from its fields' values in order; what its constructor throws is thrown. */
    public static <R extends Record> R make(Class<R> type, Object[] values) {
        try {
            var constructor = type.getDeclaredConstructor(Arrays.stream(type.getRecordComponents())
                    .map(RecordComponent::getType)
                    .toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " is not a record with a public constructor", e);
        }
    }
}
