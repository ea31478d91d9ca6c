package org.physioportal.editorial.web;

import jakarta.validation.ConstraintViolation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which back-office message explains a broken constraint of a content record. */
final class ConstraintKeys {

    private static final Pattern MESSAGE_KEY = Pattern.compile("\\{(editorial\\.[a-z.-]+)}");

    private ConstraintKeys() {}

    /** The message key the record's constraint names, or the usual one for its kind of constraint. */
    static String of(ConstraintViolation<?> problem) {
        Matcher key = MESSAGE_KEY.matcher(problem.getMessageTemplate());
        if (key.matches()) {
            return key.group(1);
        }
        return switch (problem.getConstraintDescriptor()
                .getAnnotation()
                .annotationType()
                .getSimpleName()) {
            case "NotBlank", "NotNull", "NotEmpty" -> "editorial.error.required";
            case "Size" -> "editorial.error.too-long";
            case "Min", "Max" -> "editorial.error.range";
            case "Pattern" -> "editorial.error.slug";
            default -> "editorial.error.invalid";
        };
    }
}
