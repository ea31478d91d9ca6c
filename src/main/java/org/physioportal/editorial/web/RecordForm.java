package org.physioportal.editorial.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.physioportal.shared.Components;
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
    private static final Set<String> WORKFLOW = Set.of("lang", "status", "publishedAt");

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
            form.values.put(field.getName(), FieldText.of(field).show(Components.value(field, (Record) content)));
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
        form.values.put("groupKey", null); // the server's: from the address when new, else the item's
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
    <C extends Record & ContentRecord> Optional<C> toContent(Class<C> as, Validator validator) {
        List<RecordComponent> fields = fields();
        Object[] args = new Object[fields.size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = parse(fields.get(i));
            String name = fields.get(i).getName();
            if (errors.getFieldErrorCount(formName(name)) == 0) {
                validator.validateValue(as, name, args[i]).forEach(this::reject);
            }
        }
        // what only the whole record tells (rules across fields, the parts of a field such as references),
        // also while other fields are wrong, so that the editor sees every problem at once
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                args[i] = Components.empty(fields.get(i).getType());
            }
        }
        C content = Components.make(as, args);
        validator.validate(content).forEach(this::reject);
        return errors.hasErrors() ? Optional.empty() : Optional.of(content);
    }

    /** Fails at once (at start) if a field of {@code type} has no way onto a form. */
    static void check(Class<? extends ContentRecord> type) {
        new RecordForm(type).formFields().forEach(FieldText::of);
    }

    private void reject(ConstraintViolation<?> problem) {
        String field = formName(problem.getPropertyPath().iterator().next().getName());
        if (errors.getFieldErrorCount(field) == 0) {
            errors.rejectValue(field, ConstraintKeys.of(problem), problem.getMessage());
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

    private List<RecordComponent> fields() {
        return Arrays.asList(type.getRecordComponents());
    }

    /** The fields an editor fills in: all but the language (kept as {@value #LANGUAGE}) and the workflow's. */
    private List<RecordComponent> formFields() {
        return fields().stream().filter(f -> !WORKFLOW.contains(f.getName())).toList();
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
