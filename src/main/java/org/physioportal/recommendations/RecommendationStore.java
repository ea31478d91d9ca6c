package org.physioportal.recommendations;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.physioportal.shared.ContentRef;
import org.physioportal.shared.ContentType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The stored picks of each article and whether they are stale. */
@Repository
class RecommendationStore {

    /** One stored pick. */
    record Row(Block block, int position, ContentRef target, double score, String reasons) {}

    private final JdbcClient jdbc;

    RecommendationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The article's picks in block order, or empty if they were never computed. */
    @Transactional(readOnly = true)
    public Optional<List<Row>> read(long articleId) {
        boolean known = jdbc.sql("select count(*) from recommendation_state where article_id = ?")
                        .param(articleId)
                        .query(Long.class)
                        .single()
                > 0;
        if (!known) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("select block, position, target_type, target_id, score, reasons from recommendation"
                        + " where article_id = ? order by block, position")
                .param(articleId)
                .query((rs, n) -> new Row(
                        Block.valueOf(rs.getString(1)),
                        rs.getInt(2),
                        new ContentRef(ContentType.valueOf(rs.getString(3)), rs.getLong(4)),
                        rs.getDouble(5),
                        rs.getString(6)))
                .list());
    }

    /** Replaces the article's picks in one transaction and marks them fresh. */
    @Transactional
    public void replace(long articleId, List<Row> rows, Instant now) {
        jdbc.sql("delete from recommendation where article_id = ?")
                .param(articleId)
                .update();
        for (Row r : rows) {
            jdbc.sql("insert into recommendation (article_id, block, position, target_type, target_id, score, reasons)"
                            + " values (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            articleId,
                            r.block().name(),
                            r.position(),
                            r.target().type().name(),
                            r.target().id(),
                            r.score(),
                            r.reasons().length() > 1000 ? r.reasons().substring(0, 1000) : r.reasons())
                    .update();
        }
        int updated = jdbc.sql("update recommendation_state set computed_at = ?, stale = false where article_id = ?")
                .params(Timestamp.from(now), articleId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into recommendation_state (article_id, computed_at, stale) values (?, ?, false)")
                    .params(articleId, Timestamp.from(now))
                    .update();
        }
    }

    /** Articles whose stored picks include the item. */
    @Transactional(readOnly = true)
    public List<Long> showing(ContentRef target) {
        return jdbc.sql("select distinct article_id from recommendation where target_type = ? and target_id = ?")
                .params(target.type().name(), target.id())
                .query(Long.class)
                .list();
    }

    /**
     * Marks the articles' picks stale (those never computed are computed when first shown). Runs in
     * a transaction of its own: it is called after the content change has committed.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int markStale(Collection<Long> articleIds) {
        int marked = 0;
        for (Long id : articleIds) {
            marked += jdbc.sql("update recommendation_state set stale = true where article_id = ? and stale = false")
                    .param(id)
                    .update();
        }
        return marked;
    }

    @Transactional(readOnly = true)
    public List<Long> stale(int limit) {
        return jdbc.sql("select article_id from recommendation_state where stale = true order by computed_at"
                        + " fetch first " + limit + " rows only")
                .query(Long.class)
                .list();
    }

    /** Forgets an article's picks (it is no longer published). */
    @Transactional
    public void forget(long articleId) {
        jdbc.sql("delete from recommendation where article_id = ?")
                .param(articleId)
                .update();
        jdbc.sql("delete from recommendation_state where article_id = ?")
                .param(articleId)
                .update();
    }
}
