package org.physioportal.editorial.web;

import java.util.List;
import org.physioportal.articles.NewArticle;

/** References, one per line: "text | https://address" or just the text. */
record ReferenceLines() implements FieldText {

    /** References are one line each, up to 50,000 characters in all as typed. */
    private static final FieldText.Lines LINES = new FieldText.Lines(50_000);

    @Override
    public Object show(Object value) {
        return value == null
                ? ""
                : LINES.show(((List<?>) value)
                        .stream()
                                .map(NewArticle.Reference.class::cast)
                                .map(r -> r.url() == null || r.url().isBlank() ? r.text() : r.text() + " | " + r.url())
                                .toList());
    }

    @Override
    public Object parse(Object shown) {
        return LINES.parse(shown).stream()
                .map(line -> {
                    int bar = line.lastIndexOf('|');
                    return bar < 0
                            ? new NewArticle.Reference(line, null)
                            : new NewArticle.Reference(
                                    line.substring(0, bar).strip(), FieldText.blankToNull(line.substring(bar + 1)));
                })
                .toList();
    }
}
