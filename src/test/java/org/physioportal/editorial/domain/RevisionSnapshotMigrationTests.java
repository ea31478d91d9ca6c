package org.physioportal.editorial.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.physioportal.shared.Records.field;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.physioportal.PostgresSupport;
import org.physioportal.articles.NewArticle;
import org.physioportal.exercises.Difficulty;
import org.physioportal.exercises.NewExercise;
import org.physioportal.shared.Records;
import org.physioportal.shared.Status;
import org.physioportal.videos.NewVideo;
import org.physioportal.videos.VideoKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migration 10 turns every revision's snapshot from the back-office form as JSON into its content
 * module's record, losing nothing: on H2 and on PostgreSQL, from rows written as the old code wrote
 * them, read back with today's strict {@link Snapshots}.
 */
class RevisionSnapshotMigrationTests {

    static final String ARTICLE_FORM = """
            {"groupKey":"knee-care","language":"EN","slug":"knee-care","termIds":[3,1],"version":null,
             "title":" Knee care ","lead":"Short lead","body":"Line one.\\n\\nLine two.","authorId":7,
             "reviewerId":8,"source":"  ","references":"A study | https://example.org/a\\nA book",
             "reviewedAt":"2026-01-02","nextReviewAt":"2027-01-02","tutorialIds":[5,4],"relatedIds":[9],
             "referencesValid":true,"nextReviewValid":true}""";

    static final String EXERCISE_FORM = """
            {"groupKey":"plank","language":"CS","slug":"prkno","termIds":[2],"version":3,"name":"Prkno",
             "goal":"Posílit střed těla","startingPosition":"Vzpor na předloktích","steps":"Zpevni\\n\\n Dýchej \\n",
             "breathing":"","mistakes":"Prohnutá záda","sets":3,"reps":null,"holdSeconds":30,"frequency":"denně",
             "contraindications":null,"difficulty":"MEDIUM","imageId":12}""";

    static final String VIDEO_FORM = """
            {"groupKey":"warm-up","language":"EN","slug":"warm-up","termIds":[],"version":null,"title":"Warm-up",
             "description":"Before a run","kind":"EMBED","durationSeconds":95,"fileId":44,"posterId":null,
             "captionsId":null,"embedUrl":"https://www.youtube-nocookie.com/embed/abcdefgh","exerciseId":6,
             "sourceValid":true}""";

    @Test
    void convertsEveryOldSnapshotOnH2() {
        String name = "revisions_" + UUID.randomUUID().toString().replace("-", "");
        convertsEveryOldSnapshot(
                new DriverManagerDataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", ""), null);
    }

    @Test
    void convertsEveryOldSnapshotOnPostgres() {
        String schema =
                "revisions_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        convertsEveryOldSnapshot(PostgresSupport.dataSource(), schema);
    }

    private void convertsEveryOldSnapshot(DataSource db, String schema) {
        var flyway = Flyway.configure()
                .dataSource(db)
                .locations("classpath:db/migration")
                .javaMigrations(new V10__Convert_revision_snapshots());
        if (schema != null) {
            flyway.schemas(schema).defaultSchema(schema).createSchemas(true);
        }
        flyway.target("9").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(db);
        String table = schema == null ? "content_revision" : schema + ".content_revision";
        insert(jdbc, table, "ARTICLE", 1, "PUBLISHED", ARTICLE_FORM);
        insert(jdbc, table, "EXERCISE", 2, "DRAFT", EXERCISE_FORM);
        insert(jdbc, table, "VIDEO", 3, "IN_REVIEW", VIDEO_FORM);

        flyway.target("latest").load().migrate();

        assertThat(jdbc.queryForList("select schema_version from " + table, Integer.class))
                .containsOnly(Snapshots.SCHEMA);
        Snapshots snapshots = new Snapshots();
        NewArticle article = snapshots.read(revision(jdbc, table, 1), NewArticle.class);
        assertThat(article)
                .isEqualTo(new NewArticle(
                        "knee-care",
                        org.physioportal.shared.Lang.EN,
                        "knee-care",
                        "Knee care",
                        "Short lead",
                        "Line one.\n\nLine two.",
                        7,
                        8L,
                        null,
                        List.of(
                                new NewArticle.Reference("A study", "https://example.org/a"),
                                new NewArticle.Reference("A book", null)),
                        LocalDate.of(2026, 1, 2),
                        LocalDate.of(2027, 1, 2),
                        List.of(5L, 4L),
                        List.of(9L),
                        Set.of(1L, 3L),
                        Status.PUBLISHED,
                        null));
        NewExercise exercise = snapshots.read(revision(jdbc, table, 2), NewExercise.class);
        assertThat(exercise.steps()).containsExactly("Zpevni", "Dýchej");
        assertThat(exercise.mistakes()).containsExactly("Prohnutá záda");
        assertThat(exercise.breathing()).isNull();
        assertThat(exercise)
                .extracting(
                        NewExercise::name,
                        NewExercise::sets,
                        NewExercise::holdSeconds,
                        NewExercise::difficulty,
                        NewExercise::imageId,
                        NewExercise::status)
                .containsExactly("Prkno", 3, 30, Difficulty.MEDIUM, 12L, Status.DRAFT);
        assertThat(exercise)
                .as("every field of the exercise's form, nothing lost")
                .isEqualTo(Records.of(
                        NewExercise.class,
                        field("groupKey", "plank"),
                        field("lang", org.physioportal.shared.Lang.CS),
                        field("slug", "prkno"),
                        field("name", "Prkno"),
                        field("goal", "Posílit střed těla"),
                        field("startingPosition", "Vzpor na předloktích"),
                        field("steps", List.of("Zpevni", "Dýchej")),
                        field("mistakes", List.of("Prohnutá záda")),
                        field("sets", 3),
                        field("holdSeconds", 30),
                        field("frequency", "denně"),
                        field("difficulty", Difficulty.MEDIUM),
                        field("imageId", 12L),
                        field("termIds", Set.of(2L)),
                        field("status", Status.DRAFT)));
        NewVideo video = snapshots.read(revision(jdbc, table, 3), NewVideo.class);
        assertThat(video)
                .as("every field of the video's form, nothing lost")
                .isEqualTo(new NewVideo(
                        "warm-up",
                        org.physioportal.shared.Lang.EN,
                        "warm-up",
                        "Warm-up",
                        "Before a run",
                        VideoKind.EMBED,
                        95,
                        null,
                        null,
                        null,
                        "https://www.youtube-nocookie.com/embed/abcdefgh",
                        6L,
                        Set.of(),
                        Status.IN_REVIEW,
                        null));
        assertThat(video.kind()).isEqualTo(VideoKind.EMBED);
        assertThat(video.fileId())
                .as("an embedded video keeps no file, as the form saved it")
                .isNull();
        assertThat(video.embedUrl()).isEqualTo("https://www.youtube-nocookie.com/embed/abcdefgh");
        assertThat(video.exerciseId()).isEqualTo(6L);
        assertThat(video.durationSeconds()).isEqualTo(95);
    }

    private static void insert(JdbcTemplate jdbc, String table, String type, long id, String status, String json) {
        jdbc.update(
                "insert into " + table + " (content_type, content_id, number, lang, status, action, title, snapshot,"
                        + " author_id, author_name, created_at) values (?, ?, 1, 'en', ?, 'EDITED', 'T', ?, 1, 'A', ?)",
                type,
                id,
                status,
                json,
                Timestamp.from(Instant.now()));
    }

    private static Revision revision(JdbcTemplate jdbc, String table, long contentId) {
        return jdbc.queryForObject(
                "select snapshot, schema_version from " + table + " where content_id = ?",
                (rs, n) -> Revision.stored(rs.getString(1), rs.getInt(2)),
                contentId);
    }
}
