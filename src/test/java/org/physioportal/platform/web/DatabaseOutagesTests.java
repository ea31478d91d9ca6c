package org.physioportal.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Only a database that cannot be reached counts as an outage, not a pool that is merely busy. */
class DatabaseOutagesTests {

    private final DatabaseOutages outages = new DatabaseOutages();

    /** What a transaction gets when Hikari waited its connection timeout. */
    private static CannotCreateTransactionException poolTimeout(Throwable lastConnectionFailure) {
        return new CannotCreateTransactionException(
                "Could not open JPA EntityManager for transaction",
                new SQLTransientConnectionException(
                        "HikariPool-1 - Connection is not available, request timed out after 3000ms",
                        null,
                        0,
                        lastConnectionFailure));
    }

    @Test
    void nothingAnsweredNothingFailing() {
        assertThat(outages.failingRecently()).isFalse();
    }

    @Test
    void aBusyPoolIsNotAnOutage() {
        outages.answered(poolTimeout(null));
        assertThat(outages.failingRecently()).isFalse();
    }

    @Test
    void aPoolThatCannotConnectIsAnOutage() {
        var refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001", new ConnectException());
        outages.answered(poolTimeout(refused));
        assertThat(outages.failingRecently()).isTrue();
    }

    @Test
    void aConnectionThatBrokeDuringAQueryIsAnOutage() {
        outages.answered(new DataAccessResourceFailureException(
                "could not execute statement",
                new JDBCConnectionException("I/O error", new SQLException("EOF", "08006"))));
        assertThat(outages.failingRecently()).isTrue();
    }
}
