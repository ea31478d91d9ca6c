package org.physioportal.articles.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class ContentsTests {

    @Test
    void everySecondLevelHeadingGetsAnAnchorAndAnEntry() {
        var contents = Contents.of("<p>Intro</p><h2>Why <em>runners</em></h2><p>a</p><h3>Sub</h3><h2>What helps</h2>");
        assertThat(contents.entries())
                .containsExactly(
                        new Contents.Entry("part-1", "Why <em>runners</em>"),
                        new Contents.Entry("part-2", "What helps"));
        var doc = Jsoup.parse(contents.html());
        assertThat(doc.select("h2").eachAttr("id")).containsExactly("part-1", "part-2");
        assertThat(doc.select("h2").eachText()).containsExactly("Why runners", "What helps");
        assertThat(doc.select("h3").attr("id")).isEmpty();
    }

    @Test
    void aBodyWithoutHeadingsIsLeftAlone() {
        var contents = Contents.of("<p>Only text</p>");
        assertThat(contents.entries()).isEmpty();
        assertThat(contents.html()).isEqualTo("<p>Only text</p>");
    }
}
