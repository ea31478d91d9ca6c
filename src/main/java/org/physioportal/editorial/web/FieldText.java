package org.physioportal.editorial.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.physioportal.articles.NewArticle;

/**
 * How one field of a content record is shown in its form and read back from what the editor sent,
 * chosen by the field's Java type: text, a check box, lines (one list entry per line), a number, a
 * date, a choice, picked ids, or references ("text | https://address" per line). A field's form
 * value is what the page shows and the editor typed; only {@link #parse} turns it into the record's.
 */
sealed interface FieldText
        permits FieldText.Text, FieldText.Flag, FieldText.Lines, FieldText.Parsed, PickedIds, ReferenceLines {

    /** A field the form could not read: its message key. */
    final class Unreadable extends IllegalArgumentException {
        final String messageKey;

        Unreadable(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }
    }

    /** The record's value as the form shows it. */
    default Object show(Object value) {
        return value;
    }

    /** What the editor sent for the field (none, one or several values), as the form keeps it. */
    default Object take(List<String> sent) {
        return sent == null || sent.isEmpty() ? null : sent.getFirst();
    }

    /** The form's value as the record's; {@link Unreadable} if it is none. */
    Object parse(Object shown);

    static FieldText of(RecordComponent field) {
        Class<?> type = field.getType();
        if (type == String.class) {
            return new Text();
        }
        if (type == Boolean.class || type == boolean.class) {
            return new Flag();
        }
        if (type == Integer.class || type == int.class) {
            return new Parsed(Integer::valueOf, "editorial.error.number");
        }
        if (type == Long.class || type == long.class) {
            return new Parsed(Long::valueOf, "editorial.error.number");
        }
        if (type == LocalDate.class) {
            return new Parsed(LocalDate::parse, "editorial.error.date");
        }
        if (type.isEnum()) {
            return new Parsed(
                    name -> Arrays.stream(type.getEnumConstants())
                            .filter(c -> ((Enum<?>) c).name().equals(name))
                            .findFirst()
                            .orElseThrow(),
                    "editorial.error.required");
        }
        if (List.class.isAssignableFrom(type) || Set.class.isAssignableFrom(type)) {
            Object element = ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
            if (element == String.class) {
                return new Lines(Lines.MAX_TEXT);
            }
            if (element == Long.class) {
                return new PickedIds(type == Set.class);
            }
            if (element == NewArticle.Reference.class) {
                return new ReferenceLines();
            }
        }
        throw new IllegalStateException("no form field for " + field + ": give FieldText a way to show and read it");
    }

    static String blankToNull(Object shown) {
        return shown == null || shown.toString().isBlank()
                ? null
                : shown.toString().strip();
    }

    record Text() implements FieldText {
        /** One line is trimmed; a text of several lines (Markdown) keeps its first line's indent. */
        @Override
        public Object parse(Object shown) {
            String text = blankToNull(shown);
            return text == null || text.indexOf('\n') < 0
                    ? text
                    : shown.toString().replaceFirst("^(\\s*\\n)+", "").stripTrailing();
        }
    }

    /** A check box: sent means yes (its value "true" or "on"), not sent means no. */
    record Flag() implements FieldText {
        @Override
        public Object show(Object value) {
            return Boolean.TRUE.equals(value);
        }

        @Override
        public Object take(List<String> sent) {
            return sent != null && sent.stream().anyMatch(v -> v.equals("true") || v.equals("on"));
        }

        @Override
        public Object parse(Object shown) {
            return Boolean.TRUE.equals(shown) || "true".equals(String.valueOf(shown));
        }
    }

    /** A list of texts, one per line, at most {@code maxText} characters in all; empty lines are left out. */
    record Lines(int maxText) implements FieldText {

        /** How long the text of a list (steps, mistakes) may be as typed, all its lines together. */
        static final int MAX_TEXT = 20_000;

        @Override
        public Object show(Object value) {
            return value == null
                    ? ""
                    : String.join(
                            "\n",
                            ((List<?>) value).stream().map(String::valueOf).toList());
        }

        @Override
        public List<String> parse(Object shown) {
            if (shown != null && shown.toString().length() > maxText) {
                throw new Unreadable("editorial.error.too-long");
            }
            return shown == null
                    ? List.of()
                    : shown.toString()
                            .lines()
                            .map(String::strip)
                            .filter(l -> !l.isEmpty())
                            .toList();
        }
    }

    /** One value read from its text (a number, a date, a choice); what cannot be read is refused. */
    record Parsed(Function<String, Object> reader, String messageKey) implements FieldText {
        @Override
        public Object parse(Object shown) {
            String text = blankToNull(shown);
            try {
                return text == null ? null : reader.apply(text);
            } catch (RuntimeException e) {
                throw new Unreadable(messageKey);
            }
        }
    }
}
