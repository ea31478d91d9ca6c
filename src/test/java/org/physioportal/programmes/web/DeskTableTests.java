package org.physioportal.programmes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class DeskTableTests {

    private static org.jsoup.nodes.Document table(List<DeskTable.Row> rows) {
        return Jsoup.parse("<table><tbody>" + DeskTable.rows(rows, "no") + "</tbody></table>");
    }

    @Test
    void oneRowPerPatientWithItsLinkFiguresAndFlags() {
        var doc = table(List.of(
                new DeskTable.Row(
                        7,
                        "Eva Nová",
                        "/en/therapist/patients/7",
                        "40 %",
                        "+2.0",
                        "3 days ago",
                        List.of("low adherence", "pain up")),
                new DeskTable.Row(9, "Jan", "/en/therapist/patients/9", "–", "–", "today", List.of())));
        var rows = doc.select("tbody > tr");
        assertThat(rows).hasSize(2);
        var first = rows.getFirst();
        assertThat(first.select("th[scope=row] > a").attr("href")).isEqualTo("/en/therapist/patients/7");
        assertThat(first.select("th[scope=row] > a").text()).isEqualTo("Eva Nová");
        assertThat(first.select("td").eachText().subList(0, 3)).containsExactly("40 %", "+2.0", "3 days ago");
        assertThat(first.select("td span.tag").eachText()).containsExactly("low adherence", "pain up");
        // flags are separated, so that a screen reader does not run them together
        assertThat(first.select("td").last().text()).isEqualTo("low adherence pain up");
        var calm = rows.get(1);
        assertThat(calm.select("td span.tag")).isEmpty();
        assertThat(calm.select("td").last().text()).isEqualTo("no");
    }

    @Test
    void whatAPatientTypedAsTheirNameIsTextNeverMarkup() {
        String typed = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";
        String html = DeskTable.rows(
                List.of(new DeskTable.Row(3, typed, "/en/therapist/patients/3", "1 %", "0.0", "today", List.of("<b>"))),
                "<i>no</i>");
        assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>");
        var doc = table(
                List.of(new DeskTable.Row(3, typed, "/en/therapist/patients/3", "1 %", "0.0", "today", List.of())));
        assertThat(doc.select("script, img")).isEmpty();
        assertThat(doc.select("th a").text()).isEqualTo(typed);
        assertThat(doc.select("th a").attr("href")).isEqualTo("/en/therapist/patients/3");
        String calm = DeskTable.rows(
                List.of(new DeskTable.Row(3, "Jan", "/en/therapist/patients/3", "1 %", "0.0", "today", List.of())),
                "<i>no</i>");
        assertThat(calm).doesNotContain("<i>");
        assertThat(Jsoup.parse("<table><tbody>" + calm + "</tbody></table>")
                        .select("td")
                        .last()
                        .text())
                .isEqualTo("<i>no</i>");
    }

    @Test
    void lettersOutsideAsciiAreWrittenAsThemselves() {
        assertThat(DeskTable.rows(
                        List.of(new DeskTable.Row(
                                4, "Eliška Dvořáková", "/cs/therapist/patients/4", "–", "–", "včera", List.of())),
                        "ne"))
                .contains("Eliška Dvořáková", "včera", "–");
    }

    @Test
    void noPatientsNoRows() {
        assertThat(DeskTable.rows(List.of(), "no")).isEmpty();
    }
}
