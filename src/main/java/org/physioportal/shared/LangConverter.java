package org.physioportal.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Lang} as its two-letter code. */
@Converter(autoApply = true)
public class LangConverter implements AttributeConverter<Lang, String> {

    @Override
    public String convertToDatabaseColumn(Lang lang) {
        return lang == null ? null : lang.code();
    }

    @Override
    public Lang convertToEntityAttribute(String code) {
        return code == null ? null : Lang.fromCode(code).orElseThrow();
    }
}
