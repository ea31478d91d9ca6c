package org.physioportal.companion.domain;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Drops the access record's two foreign keys to {@code account}. Each desk view writes an entry per
 * patient shown, and each entry's key checks took a shared lock on the therapist's and the
 * patient's account rows; concurrent desk views of the same patients turned those locks into
 * PostgreSQL multixacts: PostgreSQL's time per desk view went from 3.9 ms to 3.0 ms without them
 * (bench/README.md, "Companion", fourth run). What the keys did is done by {@link
 * AccessLog}: entries are written only for accounts that exist, a deleted patient's entries go with
 * the rest of their health data (and again after the deletion commits, and in a daily sweep), a
 * deleted therapist's entries keep the name they were recorded with and lose the id. The keys had
 * no names of their own (V1800), so they are found in the database's metadata: the same migration
 * for H2 and PostgreSQL.
 */
@Component
class V2600__Access_record_without_key_checks extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection db = context.getConnection();
        for (String key : foreignKeys(db)) {
            try (Statement drop = db.createStatement()) {
                drop.execute("alter table health_access drop constraint \"" + key.replace("\"", "\"\"") + "\"");
            }
        }
    }

    /** The foreign keys of {@code health_access} to {@code account} (names as the database stores them: lower case or upper). */
    static Set<String> foreignKeys(Connection db) throws SQLException {
        DatabaseMetaData meta = db.getMetaData();
        Set<String> keys = new LinkedHashSet<>();
        for (String table : List.of("health_access", "HEALTH_ACCESS")) {
            try (ResultSet imported = meta.getImportedKeys(db.getCatalog(), db.getSchema(), table)) {
                while (imported.next()) {
                    if ("account".equalsIgnoreCase(imported.getString("PKTABLE_NAME"))) {
                        keys.add(imported.getString("FK_NAME"));
                    }
                }
            }
        }
        return keys;
    }
}
