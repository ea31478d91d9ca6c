package org.physioportal.programmes.handout;

import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.physioportal.exercises.ExerciseView;
import org.physioportal.exercises.ExercisesApi;
import org.physioportal.media.MediaApi;
import org.physioportal.media.MediaView;
import org.physioportal.programmes.domain.DosageWording;
import org.physioportal.programmes.domain.Programme;
import org.physioportal.programmes.domain.ProgrammeItem;
import org.physioportal.shared.Lang;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Gathers what a handout prints: the programme's exercises in each language asked for (read through
 * the exercises module's API by translation group), their pictures as data URIs and the dosage in
 * words, so that the PDF template only lays it out.
 */
@Component
class Handouts {

    private static final Set<String> PRINTABLE = Set.of("image/svg+xml", "image/png", "image/jpeg");

    private final ExercisesApi exercises;
    private final MediaApi media;
    private final MessageSource messages;
    private final DosageWording wording;

    Handouts(ExercisesApi exercises, MediaApi media, MessageSource messages, DosageWording wording) {
        this.exercises = exercises;
        this.media = media;
        this.messages = messages;
        this.wording = wording;
    }

    /** The handout of the programme in the languages given (one, or Czech and English side by side). */
    Handout of(Programme programme, List<Lang> langs, String link) {
        var groups =
                programme.items().stream().map(ProgrammeItem::exerciseGroup).collect(Collectors.toSet());
        Map<Lang, Map<String, ExerciseView>> views = new EnumMap<>(Lang.class);
        langs.forEach(lang -> views.put(lang, exercises.publishedByGroup(groups, lang)));
        List<Handout.Row> rows = new ArrayList<>();
        for (ProgrammeItem item : programme.items()) {
            List<Handout.Cell> cells = langs.stream()
                    .map(lang -> cell(item, views.get(lang).get(item.exerciseGroup()), lang))
                    .toList();
            rows.add(new Handout.Row(rows.size() + 1, cells));
        }
        return new Handout(
                langs.getFirst().code(),
                each(langs, lang -> text(lang, "handout.heading")),
                programme.title(),
                programme.aim(),
                each(langs, lang -> dates(programme, lang)),
                rows,
                QrCode.pngDataUri(link),
                link,
                each(langs, lang -> text(lang, "handout.scan")));
    }

    private Handout.Cell cell(ProgrammeItem item, ExerciseView view, Lang lang) {
        String note = item.note() == null || item.note().isBlank() ? null : item.note();
        String dosage = wording.line(item, lang.locale());
        if (view == null) {
            String missing = text(lang, "programme.item.unavailable");
            return new Handout.Cell(lang.code(), missing, null, null, null, List.of(), label(lang), dosage, note);
        }
        MediaView picture =
                view.imageId() == null ? null : media.find(view.imageId(), lang).orElse(null);
        return new Handout.Cell(
                lang.code(),
                view.name(),
                picture == null ? null : dataUri(picture.id()),
                picture == null ? null : picture.alt(),
                text(lang, "handout.steps"),
                view.steps(),
                label(lang),
                dosage,
                note);
    }

    private String dataUri(long mediaId) {
        return media.read(mediaId)
                .filter(f -> PRINTABLE.contains(f.contentType()))
                .map(f -> "data:" + f.contentType() + ";base64,"
                        + Base64.getEncoder().encodeToString(f.bytes()))
                .orElse(null);
    }

    private String dates(Programme programme, Lang lang) {
        List<String> parts = new ArrayList<>();
        if (programme.startDate() != null) {
            parts.add(text(lang, "programme.from", programme.startDate()));
        }
        if (programme.reviewDate() != null) {
            parts.add(text(lang, "programme.review-on", programme.reviewDate()));
        }
        return String.join(", ", parts);
    }

    private String label(Lang lang) {
        return text(lang, "handout.dosage");
    }

    private String text(Lang lang, String key, Object... args) {
        return messages.getMessage(key, args, lang.locale());
    }

    private static String each(List<Lang> langs, Function<Lang, String> text) {
        return langs.stream().map(text).filter(t -> !t.isEmpty()).distinct().collect(Collectors.joining(" / "));
    }
}
