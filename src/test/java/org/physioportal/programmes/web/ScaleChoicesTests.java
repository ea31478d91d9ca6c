package org.physioportal.programmes.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ScaleChoicesTests {

    private final ScaleChoices scales = new ScaleChoices();

    @Test
    void oneLabelledRadioPerValueWithTheValueTypedBeforeChecked() {
        var html = Jsoup.parseBodyFragment(scales.radios("pain", "p7-pain", 0, 10, "4"));
        var radios = html.select("span.scale-choice > input[type=radio][name=pain]");
        assertThat(radios.eachAttr("value")).containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(radios.eachAttr("id").getFirst()).isEqualTo("p7-pain-0");
        assertThat(html.select("input[checked]").eachAttr("value")).containsExactly("4");
        for (var radio : radios) {
            assertThat(html.select("label[for=" + radio.id() + "]").text()).isEqualTo(radio.val());
        }
    }

    @Test
    void nothingIsCheckedForAnEmptyOrUnreadableValueAndNothingTypedIsWritten() {
        assertThat(Jsoup.parseBodyFragment(scales.radios("effort", "p7-effort", 1, 5, ""))
                        .select("input[checked]"))
                .isEmpty();
        String typed = "\"><script>alert(1)</script>";
        String html = scales.radios("effort", "p7-effort\"><b>", 1, 5, typed);
        assertThat(html).doesNotContain("<script>").doesNotContain("<b>");
        var doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("input")).hasSize(5);
        assertThat(doc.select("input[checked]")).isEmpty();
    }
}
