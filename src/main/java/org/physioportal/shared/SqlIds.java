package org.physioportal.shared;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Many ids as one SQL array parameter ({@code where id = any (?)}, PostgreSQL and H2 alike): one
 * statement text whatever their number, which the database parses and plans once, instead of an
 * {@code in} list of hundreds of parameters parsed on every call.
 */
public final class SqlIds {

    private SqlIds() {}

    public static void bind(PreparedStatement statement, int index, Collection<Long> ids) throws SQLException {
        statement.setArray(index, statement.getConnection().createArrayOf("BIGINT", ids.toArray()));
    }
}
