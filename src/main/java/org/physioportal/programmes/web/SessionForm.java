package org.physioportal.programmes.web;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.physioportal.programmes.domain.NewSession;
import org.physioportal.programmes.domain.Programme;
import org.physioportal.programmes.domain.ProgrammeItem;

/** The day's session form as sent: checked into a {@link NewSession} or problems by field. */
public record SessionForm(String programme, String key, String pain, String effort, String note, List<String> done) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{8,64}");

    SessionForm() {
        this("", "", "", "", "", List.of());
    }

    NewSession check(List<Programme> own, LocalDate today, Map<String, String> errors) {
        Programme chosen = own.stream()
                .filter(p -> String.valueOf(p.id()).equals(programme))
                .findFirst()
                .orElse(null);
        if (chosen == null) {
            errors.put("programme", "session.error.programme");
        }
        if (!KEY.matcher(key).matches()) {
            errors.put("key", "session.error.key");
        }
        Integer painValue = number(pain, 0, 10);
        if (painValue == null) {
            errors.put("pain", "session.error.pain");
        }
        Integer effortValue = number(effort, 1, 5);
        if (effortValue == null) {
            errors.put("effort", "session.error.effort");
        }
        if (note.length() > 1000) {
            errors.put("note", "session.error.note");
        }
        Set<String> groups = new HashSet<>();
        if (chosen != null) {
            chosen.items().stream().map(ProgrammeItem::exerciseGroup).forEach(groups::add);
            if (!groups.containsAll(done)) {
                errors.put("done", "session.error.done");
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new NewSession(chosen.id(), today, key, painValue, effortValue, note.strip(), Set.copyOf(done));
    }

    public boolean isDone(String group) {
        return done.contains(group);
    }

    private static Integer number(String text, int min, int max) {
        try {
            int value = Integer.parseInt(text.strip());
            return value < min || value > max ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
