package org.physioportal.editorial.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.physioportal.shared.Records.field;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.physioportal.articles.NewArticle;
import org.physioportal.exercises.Difficulty;
import org.physioportal.exercises.NewExercise;
import org.physioportal.shared.ContentRecord;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Records;
import org.physioportal.shared.Status;
import org.physioportal.videos.NewVideo;
import org.physioportal.videos.VideoKind;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.FieldError;

/**
 * The back-office form is the content record's own: shown from a record, read back from what the
 * editor sent, checked by the record's constraints, with each problem next to its field.
 */
class RecordFormTests {

    private final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    private static final NewExercise PLANK = Records.of(
            NewExercise.class,
            field("groupKey", "plank"),
            field("lang", Lang.EN),
            field("slug", "plank"),
            field("name", "Plank"),
            field("goal", "A steady trunk"),
            field("startingPosition", "Lie face down"),
            field("steps", List.of("Lift the hips", "Hold")),
            field("mistakes", List.of("Sagging hips")),
            field("sets", 3),
            field("holdSeconds", 30),
            field("frequency", "Daily"),
            field("difficulty", Difficulty.MEDIUM),
            field("imageId", 7L),
            field("termIds", Set.of(1L, 2L)),
            field("status", Status.DRAFT));

    /** What a browser sends for a form the page showed: every value as text, lists one per line. */
    private static MultiValueMap<String, String> sent(RecordForm shown) {
        var sent = new LinkedMultiValueMap<String, String>();
        shown.values().forEach((name, value) -> {
            if (value instanceof List<?> ids) {
                ids.forEach(id -> sent.add(name, id.toString()));
            } else {
                sent.add(name, value == null ? "" : value.toString());
            }
        });
        return sent;
    }

    private static <C extends Record & ContentRecord> C roundTrip(C content, Class<C> type, Validator validator) {
        var form = RecordForm.read(type, sent(RecordForm.of(content)));
        form.set("groupKey", content.groupKey());
        var read = form.toContent(type, validator);
        assertThat(form.errors().getAllErrors()).isEmpty();
        return read.orElseThrow();
    }

    @Test
    void anExerciseComesBackFromItsFormUnchanged() {
        var form = RecordForm.of(PLANK);
        assertThat(form.get("steps")).isEqualTo("Lift the hips\nHold");
        assertThat(form.language()).isEqualTo(Lang.EN);
        assertThat(roundTrip(PLANK, NewExercise.class, validator)).isEqualTo(PLANK);
    }

    @Test
    void anArticleAndAVideoComeBackFromTheirFormsUnchanged() {
        var article = new NewArticle(
                "running",
                Lang.CS,
                "beh",
                "Běh",
                "Úvod",
                "Text **článku**",
                4L,
                5L,
                null,
                List.of(
                        new NewArticle.Reference("A book", null),
                        new NewArticle.Reference("A page", "https://example.org/a")),
                LocalDate.of(2026, 1, 2),
                LocalDate.of(2027, 1, 2),
                List.of(9L, 8L),
                List.of(),
                Set.of(3L),
                Status.DRAFT,
                null);
        assertThat(roundTrip(article, NewArticle.class, validator)).isEqualTo(article);
        var video = new NewVideo(
                "breathing",
                Lang.EN,
                "breathing",
                "Breathing",
                "Low into the ribs",
                VideoKind.EMBED,
                120,
                null,
                11L,
                null,
                "https://player.vimeo.com/video/76979871?dnt=1",
                12L,
                Set.of(),
                Status.DRAFT,
                null);
        assertThat(roundTrip(video, NewVideo.class, validator)).isEqualTo(video);
    }

    @Test
    void whatTheEditorTypedIsTidiedAsTheRecordWantsIt() {
        var sent = sent(RecordForm.of(PLANK));
        sent.set("name", "  Plank  ");
        sent.set("steps", "  Lift the hips \r\n\r\n Hold\n");
        sent.set("breathing", "   ");
        var form = RecordForm.read(NewExercise.class, sent);
        form.set("groupKey", "plank");
        var read = form.toContent(NewExercise.class, validator).orElseThrow();
        assertThat(read.name()).isEqualTo("Plank");
        assertThat(read.steps()).containsExactly("Lift the hips", "Hold");
        assertThat(read.breathing()).isNull();
        assertThat(read.status()).isEqualTo(Status.DRAFT);
        assertThat(read.publishedAt()).isNull();
    }

    @Test
    void unreadableAndInvalidFieldsAreRefusedNextToTheFieldAndKeepWhatWasTyped() {
        var sent = sent(RecordForm.of(PLANK));
        sent.set("sets", "three");
        var form = RecordForm.read(NewExercise.class, sent);
        assertThat(form.toContent(NewExercise.class, validator)).isEmpty();
        assertThat(codes(form, "sets")).contains("editorial.error.number");
        assertThat(form.errors().getFieldValue("sets")).isEqualTo("three");

        sent.set("sets", "21");
        sent.set("name", "");
        sent.remove("termIds");
        form = RecordForm.read(NewExercise.class, sent);
        assertThat(form.toContent(NewExercise.class, validator)).isEmpty();
        assertThat(codes(form, "sets")).contains("editorial.error.range");
        assertThat(codes(form, "name")).contains("editorial.error.required");
        assertThat(codes(form, "termIds")).contains("editorial.error.terms");

        sent.set("sets", "3");
        sent.set("name", "Plank");
        sent.add("termIds", "1");
        sent.set("slug", "Bad Slug");
        sent.set("language", "xx");
        form = RecordForm.read(NewExercise.class, sent);
        assertThat(form.toContent(NewExercise.class, validator)).isEmpty();
        assertThat(codes(form, "slug")).contains("editorial.error.slug");
        assertThat(codes(form, "language")).contains("editorial.error.required");
    }

    @Test
    void theRecordsOwnRulesAreTheFormsRules() {
        var article = filled(
                NewArticle.class,
                ARTICLE,
                field("references", "A book | javascript:alert(1)"),
                field("reviewedAt", "2026-05-01"),
                field("nextReviewAt", "2026-04-01"));
        assertThat(article.toContent(NewArticle.class, validator)).isEmpty();
        assertThat(codes(article, "references")).contains("editorial.error.references");
        assertThat(codes(article, "nextReviewValid")).contains("editorial.error.review-order");

        var video = filled(
                NewVideo.class,
                VIDEO,
                field("kind", "EMBED"),
                field("durationSeconds", ""),
                field("embedUrl", "https://www.youtube.com/watch?v=abc"));
        assertThat(video.toContent(NewVideo.class, validator)).isEmpty();
        assertThat(codes(video, "durationSeconds"))
                .as("every problem at once: a missing field and a rule across fields")
                .contains("editorial.error.required");
        assertThat(codes(video, "sourceValid")).contains("editorial.error.video-source");
        assertThat(video.get("embedUrl"))
                .as("what the editor typed stays on the page")
                .isEqualTo("https://www.youtube.com/watch?v=abc");
    }

    @Test
    void listsAndReferencesKeepTheirLengthAsTyped() {
        var sent = sent(RecordForm.of(PLANK));
        sent.set("steps", "Hold.\n".repeat(3334));
        var form = RecordForm.read(NewExercise.class, sent);
        assertThat(form.toContent(NewExercise.class, validator)).isEmpty();
        assertThat(codes(form, "steps")).containsExactly("editorial.error.too-long");

        var article = filled(NewArticle.class, ARTICLE, field("references", "A book\n".repeat(7143)));
        assertThat(article.toContent(NewArticle.class, validator)).isEmpty();
        assertThat(codes(article, "references")).containsExactly("editorial.error.too-long");
    }

    @Test
    void theServerSetsTheTranslationGroupNeverTheRequest() {
        var sent = sent(RecordForm.of(PLANK));
        sent.set("groupKey", "someone-elses-group");
        assertThat(RecordForm.read(NewExercise.class, sent).get("groupKey")).isNull();
    }

    @Test
    void aTextOfSeveralLinesKeepsItsFirstLinesIndentAndOneLineIsTrimmed() {
        var article = filled(
                NewArticle.class,
                ARTICLE,
                field("title", "  A title  "),
                field("body", "\n    indented code\nText\n\n"));
        var read = article.toContent(NewArticle.class, validator).orElseThrow();
        assertThat(read.title()).isEqualTo("A title");
        assertThat(read.body()).isEqualTo("    indented code\nText");
    }

    @Test
    void aVideoKeepsOneSource() {
        var video = filled(
                NewVideo.class,
                VIDEO,
                field("kind", "FILE"),
                field("fileId", "4"),
                field("embedUrl", "https://player.vimeo.com/video/76979871?dnt=1"));
        var read = video.toContent(NewVideo.class, validator).orElseThrow();
        assertThat(read.fileId()).isEqualTo(4L);
        assertThat(read.embedUrl()).isNull();
    }

    @Test
    void aFieldWithNoWayOntoAFormIsFoundAtStart() {
        record Odd(
                String groupKey,
                Lang lang,
                String slug,
                java.math.BigDecimal price,
                Set<Long> termIds,
                Status status,
                Instant publishedAt)
                implements ContentRecord {
            @Override
            public String displayTitle() {
                return slug;
            }
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RecordForm.check(Odd.class))
                .hasMessageContaining("price");
        RecordForm.check(NewArticle.class);
        RecordForm.check(NewExercise.class);
        RecordForm.check(NewVideo.class);
    }

    /** A content type with a field no form class knows: it is on the form, read back and checked. */
    record Leaflet(
            String groupKey,
            Lang lang,
            String slug,
            @NotBlank @Size(max = 5) String colour,
            Set<Long> termIds,
            Status status,
            Instant publishedAt)
            implements ContentRecord {
        @Override
        public String displayTitle() {
            return colour;
        }
    }

    @Test
    void aFieldAddedToARecordIsOnItsFormWithNothingElseToChange() {
        var leaflet = new Leaflet("l", Lang.EN, "l", "red", Set.of(), Status.DRAFT, null);
        assertThat(RecordForm.of(leaflet).values())
                .containsEntry("colour", "red")
                .containsKeys("slug", "termIds", "language", "version")
                .doesNotContainKeys("lang", "status", "publishedAt");
        assertThat(roundTrip(leaflet, Leaflet.class, validator)).isEqualTo(leaflet);

        var sent = sent(RecordForm.of(leaflet));
        sent.set("colour", "ultramarine");
        var form = RecordForm.read(Leaflet.class, sent);
        assertThat(form.toContent(Leaflet.class, validator)).isEmpty();
        assertThat(codes(form, "colour")).contains("editorial.error.too-long");
        assertThat(Map.of("colour", form.get("colour"))).containsEntry("colour", "ultramarine");
    }

    /** What a complete article and video form hold, as an editor types it. */
    private static final Map<String, String> ARTICLE =
            Map.of("slug", "a", "groupKey", "a", "title", "A", "lead", "A", "body", "A", "authorId", "1");

    private static final Map<String, String> VIDEO =
            Map.of("slug", "v", "groupKey", "v", "title", "V", "description", "V", "durationSeconds", "60");

    /** A new form in English filled in with {@code typed}, then {@code changes}. */
    @SafeVarargs
    private static RecordForm filled(
            Class<? extends ContentRecord> type, Map<String, String> typed, Map.Entry<String, ?>... changes) {
        var form = RecordForm.blank(type, Lang.EN);
        typed.forEach(form::set);
        for (var change : changes) {
            form.set(change.getKey(), change.getValue());
        }
        return form;
    }

    private static List<String> codes(RecordForm form, String field) {
        return form.errors().getFieldErrors(field).stream()
                .map(FieldError::getCode)
                .toList();
    }
}
