package org.physioportal.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;

/** A content item's details (its record's fields with no column of their own) as one JSON text. */
@Converter
class DetailsConverter implements AttributeConverter<Map<String, Object>, String> {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    @Override
    public String convertToDatabaseColumn(Map<String, Object> details) {
        return details == null || details.isEmpty() ? null : ContentFields.JSON.writeValueAsString(details);
    }

    @Override
    public Map<String, Object> convertToEntityAttribute(String json) {
        return json == null || json.isBlank() ? new LinkedHashMap<>() : ContentFields.JSON.readValue(json, MAP);
    }
}
