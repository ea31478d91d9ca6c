package org.physioportal.articles;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.physioportal.shared.Lang;
import org.physioportal.shared.Status;

/** Articles for tests that need one saved through the API, as the demo loader or an import saves. */
public final class ArticleFixtures {

    private ArticleFixtures() {}

    /** An English article under {@code slug} (also its group key), without reviewer, references, links or terms. */
    public static NewArticle minimal(
            String slug, String title, String lead, String body, long authorId, Status status, Instant publishedAt) {
        return new NewArticle(
                slug,
                Lang.EN,
                slug,
                title,
                lead,
                body,
                authorId,
                null,
                null,
                List.of(),
                null,
                null,
                List.of(),
                List.of(),
                Set.of(),
                status,
                publishedAt);
    }
}
