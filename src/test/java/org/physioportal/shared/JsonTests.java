package org.physioportal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTests {

    @Test
    void writesNestedStructuresAndSkipsNulls() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@type", "HowTo");
        data.put("step", List.of(Map.of("position", 1)));
        data.put("missing", null);
        data.put("ok", true);
        assertThat(Json.write(data)).isEqualTo("{\"@type\":\"HowTo\",\"step\":[{\"position\":1}],\"ok\":true}");
    }

    @Test
    void cannotEndTheScriptElementItIsEmbeddedIn() {
        String json = Json.write(Map.of("name", "</script><script>alert(1)</script> & \"quotes\"\n"));
        assertThat(json)
                .doesNotContain("<")
                .doesNotContain(">")
                .contains("\\u003c/script\\u003e")
                .contains("\\\"quotes\\\"")
                .contains("\\n");
    }
}
