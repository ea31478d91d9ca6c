package org.physioportal.editorial.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.physioportal.shared.ContentRecord;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;

/**
 * The back-office form of any content type, made from the type's own record (NewArticle,
 * NewExercise, NewVideo) by its field names: what the form shows, what it reads back and how it is
 * checked all come from the record and its constraints, so a field added to a record is on its form
 * with no form class to extend (the page still needs its input, in the type's fields fragment). The
 * page reads {@link #values()} as {@code form} and {@link #errors()} as its binding result.
 */
final class RecordForm {

    /** A slug or key: lower-case letters, digits and single hyphens. */
    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

    static final String LANGUAGE = "language";
    static final String VERSION = "version";
    private static final java.util.Set<String> WORKFLOW = java.util.Set.of("lang", "status", "publishedAt");
    private static final Pattern MESSAGE_KEY = Pattern.compile("\\{(editorial\\.[a-z.-]+)}");

    private final Class<? extends ContentRecord> type;
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final MapBindingResult errors = new MapBindingResult(values, "form");

    private RecordForm(Class<? extends ContentRecord> type) {
        this.type = type;
    }

    /** An empty form in {@code lang}. */
    static RecordForm blank(Class<? extends ContentRecord> type, Lang lang) {
        var form = new RecordForm(type);
        for (RecordComponent field : form.formFields()) {
            form.values.put(field.getName(), FieldText.of(field).show(null));
        }
        form.language(lang);
        form.values.put(VERSION, null);
        return form;
    }

    /** The form filled from stored content. */
    static RecordForm of(ContentRecord content) {
        var form = new RecordForm(content.getClass());
        for (RecordComponent field : form.formFields()) {
            form.values.put(field.getName(), FieldText.of(field).show(read(field, content)));
        }
        form.language(content.lang());
        form.values.put(VERSION, null);
        return form;
    }

    /** The form as the editor sent it (request parameters by field name); nothing is checked yet. */
    static RecordForm read(Class<? extends ContentRecord> type, MultiValueMap<String, String> sent) {
        var form = new RecordForm(type);
        for (RecordComponent field : form.formFields()) {
            form.values.put(field.getName(), FieldText.of(field).take(sent.get(field.getName())));
        }
        String language = sent.getFirst(LANGUAGE);
        form.language(
                language == null
                        ? null
                        : Lang.fromCode(language.strip().toLowerCase(Locale.ROOT))
                                .orElse(null));
        String version = sent.getFirst(VERSION);
        form.values.put(
                VERSION,
                version == null || !version.strip().matches("\\d{1,9}") ? null : Integer.valueOf(version.strip()));
        return form;
    }

    /**
     * The form as the record, a draft, if every field reads and meets the record's constraints;
     * otherwise empty, with each problem beside its field in {@link #errors()}.
     */
    <C extends ContentRecord> Optional<C> toContent(Class<C> as, Validator validator) {
        List<RecordComponent> fields = fields();
        Object[] args = new Object[fields.size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = parse(fields.get(i));
            String name = fields.get(i).getName();
            if (errors.getFieldErrorCount(formName(name)) == 0) {
                validator.validateValue(as, name, args[i]).forEach(this::reject);
            }
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        // what only the whole record can tell: rules across fields, and the parts of a field (references)
        C content = as.cast(construct(fields, args));
        validator.validate(content).forEach(this::reject);
        return errors.hasErrors() ? Optional.empty() : Optional.of(content);
    }

    private void reject(ConstraintViolation<?> problem) {
        String field = formName(problem.getPropertyPath().iterator().next().getName());
        if (errors.getFieldErrorCount(field) == 0) {
            errors.rejectValue(field, messageKey(problem), problem.getMessage());
        }
    }

    private static String formName(String field) {
        return field.equals("lang") ? LANGUAGE : field;
    }

    private Object parse(RecordComponent field) {
        String name = field.getName();
        return switch (name) {
            case "lang" -> required(name, language());
            case "status" -> Status.DRAFT;
            case "publishedAt" -> null;
            default -> {
                try {
                    Object value = FieldText.of(field).parse(values.get(name));
                    yield field.getType().isPrimitive() ? required(name, value) : value;
                } catch (FieldText.Unreadable e) {
                    errors.rejectValue(name, e.messageKey);
                    yield null;
                }
            }
        };
    }

    private Object required(String name, Object value) {
        if (value == null) {
            errors.rejectValue(formName(name), "editorial.error.required");
        }
        return value;
    }

    private ContentRecord construct(List<RecordComponent> fields, Object[] args) {
        try {
            return type.getDeclaredConstructor(
                            fields.stream().map(RecordComponent::getType).toArray(Class<?>[]::new))
                    .newInstance(args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " is not a record with a public constructor", e);
        }
    }

    /** The message key the record's constraint names, or the usual one for its kind of constraint. */
    private static String messageKey(ConstraintViolation<?> problem) {
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

    private List<RecordComponent> fields() {
        return Arrays.asList(type.getRecordComponents());
    }

    /** The fields an editor fills in: all but the language (kept as {@value #LANGUAGE}) and the workflow's. */
    private List<RecordComponent> formFields() {
        return fields().stream().filter(f -> !WORKFLOW.contains(f.getName())).toList();
    }

    private static Object read(RecordComponent field, ContentRecord content) {
        try {
            return field.getAccessor().invoke(content);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the page reads as {@code form}: every field by name, with the language and the version. */
    Map<String, Object> values() {
        return values;
    }

    BindingResult errors() {
        return errors;
    }

    Object get(String name) {
        return values.get(name);
    }

    void set(String name, Object value) {
        values.put(name, value);
    }

    Lang language() {
        return (Lang) values.get(LANGUAGE);
    }

    void language(Lang lang) {
        values.put(LANGUAGE, lang);
    }

    Integer version() {
        return (Integer) values.get(VERSION);
    }

    void version(Integer version) {
        values.put(VERSION, version);
    }
}
