package org.physioportal.programmes.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How an item's dosage is worded, the same on every page and in the handout: "3 × 10 repetitions · rest
 * 30 s · 2× a day · Mo We Fr". Templates call it as {@code ${@dosageWording.line(item, #locale)}}.
 */
@Component
public class DosageWording {

    private final MessageSource messages;

    DosageWording(MessageSource messages) {
        this.messages = messages;
    }

    public String line(ProgrammeItem item, Locale locale) {
        List<String> parts = new ArrayList<>(4);
        parts.add(
                item.reps() != null
                        ? text(locale, "programme.dose.reps", item.sets(), item.reps())
                        : text(locale, "programme.dose.hold", item.sets(), item.holdSeconds()));
        parts.add(text(locale, "programme.dose.rest", item.restSeconds()));
        parts.add(text(locale, "programme.dose.times", item.timesPerDay()));
        var days = item.days();
        if (!days.isEmpty()) {
            parts.add(String.join(
                    " ", days.stream().map(d -> text(locale, "day.short." + d)).toList()));
        }
        return String.join(" · ", parts);
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
