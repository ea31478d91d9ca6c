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
 * PostgreSQL multixacts, a quarter of the desk's database time. What the keys did is done where
 * accounts are deleted ({@link HealthData#on}): a deleted patient's entries go with the rest of
 * their health data; a deleted therapist's entries keep the name they were recorded with and lose
 * the id. The keys had no names of their own (V1800), so they are found in the database's metadata:
 * the same migration for H2 and PostgreSQL.
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

    /** The foreign keys of {@code health_access} (its name as the database stores it: lower case or upper). */
    static Set<String> foreignKeys(Connection db) throws SQLException {
        DatabaseMetaData meta = db.getMetaData();
        Set<String> keys = new LinkedHashSet<>();
        for (String table : List.of("health_access", "HEALTH_ACCESS")) {
            try (ResultSet imported = meta.getImportedKeys(db.getCatalog(), db.getSchema(), table)) {
                while (imported.next()) {
                    keys.add(imported.getString("FK_NAME"));
                }
            }
        }
        return keys;
    }
}
