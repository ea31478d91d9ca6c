package org.physioportal.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the application is up, asks the database whether an acknowledged commit really survives a
 * crash, and says so loudly in the log when it does not. The check never stops the application: a
 * developer's laptop may run with relaxed settings on purpose; a production log must show it.
 *
 * <p>PostgreSQL: {@code fsync}, {@code full_page_writes} and {@code synchronous_commit} must be on.
 * For {@code synchronous_commit} only {@code off} is a risk: the server then answers a commit before
 * its WAL record is flushed, so a server crash silently drops the last moments of acknowledged
 * commits. {@code local} (and {@code remote_write}, {@code remote_apply}) all flush the WAL on this
 * server before answering; they differ only in how long a commit waits for standby servers, which
 * is a replication decision, not a single-server durability risk.
 *
 * <p>H2: a file database must run with {@code WRITE_DELAY=0} (set in the JDBC URL); H2's default
 * (500 ms) answers commits that are still in memory. The check reads the value in force from the
 * database, and falls back to the URL's text. An in-memory H2 (tests) keeps nothing by design and is
 * only noted.
 */
@Component
class DatabaseDurabilityCheck {

    private static final Logger log = LoggerFactory.getLogger(DatabaseDurabilityCheck.class);

    /** What the check reads from the database; tests give it a fake. */
    interface Settings {

        /** As JDBC names it: {@code PostgreSQL}, {@code H2}, ... */
        String product();

        String url();

        /** The current value of a PostgreSQL run-time setting. */
        String setting(String name);
    }

    private final DataSource dataSource;

    DatabaseDurabilityCheck(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        try (Connection connection = dataSource.getConnection()) {
            check(new JdbcSettings(connection));
        } catch (SQLException | RuntimeException e) {
            log.warn("DURABILITY NOT CHECKED: the database did not answer the durability check ({})", e.toString());
        }
    }

    /** Logs the verdict; returns the warnings it logged (empty when everything is durable). */
    List<String> check(Settings db) {
        String product = db.product();
        if ("PostgreSQL".equalsIgnoreCase(product)) {
            return checkPostgres(db);
        }
        if ("H2".equalsIgnoreCase(product)) {
            return checkH2(db);
        }
        log.info("Durability check: no rules for {}; not checked", product);
        return List.of();
    }

    private static List<String> checkPostgres(Settings db) {
        String fsync = db.setting("fsync");
        String fullPageWrites = db.setting("full_page_writes");
        String synchronousCommit = db.setting("synchronous_commit");
        List<String> warnings = new ArrayList<>();
        if (!isOn(fsync)) {
            warnings.add("PostgreSQL runs with fsync=" + fsync + ": an operating-system crash or power loss can"
                    + " lose acknowledged commits and corrupt the whole database. Set fsync = on.");
        }
        if (!isOn(fullPageWrites)) {
            warnings.add("PostgreSQL runs with full_page_writes=" + fullPageWrites + ": a page torn by a crash"
                    + " cannot be repaired from the WAL and the database can be corrupted. Set full_page_writes = on.");
        }
        if (synchronousCommit == null || "off".equalsIgnoreCase(synchronousCommit.trim())) {
            warnings.add("PostgreSQL runs with synchronous_commit=off: commits are acknowledged before they"
                    + " are on disk, and the last of them are lost when the server crashes."
                    + " Set synchronous_commit = on.");
        }
        report(
                warnings,
                "PostgreSQL fsync=" + fsync + ", full_page_writes=" + fullPageWrites + ", synchronous_commit="
                        + synchronousCommit);
        return warnings;
    }

    private static List<String> checkH2(Settings db) {
        String url = db.url();
        if (url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:mem:")) {
            log.info("Durability check: in-memory H2 database, nothing is kept after a restart (tests only)");
            return List.of();
        }
        // The value in force, which H2 reports in INFORMATION_SCHEMA.SETTINGS; the URL's own text
        // only when the database cannot say (the driver reports the URL without its settings).
        String writeDelay = db.setting("WRITE_DELAY");
        boolean immediate = writeDelay != null ? writeDelay.trim().equals("0") : hasWriteDelayZero(url);
        List<String> warnings = new ArrayList<>();
        if (!immediate) {
            warnings.add(
                    "H2 database " + url + " runs with WRITE_DELAY=" + (writeDelay != null ? writeDelay : "default")
                            + " instead of 0: commits acknowledged in the last moments before a kill -9 or power loss are"
                            + " lost. Add ;WRITE_DELAY=0 to the JDBC URL.");
        }
        report(warnings, "H2 WRITE_DELAY=0");
        return warnings;
    }

    /** Whether a JDBC URL sets {@code WRITE_DELAY=0} among its {@code ;name=value} settings. */
    static boolean hasWriteDelayZero(String url) {
        String[] parts = url.split(";");
        for (int i = 1; i < parts.length; i++) {
            String[] setting = parts[i].split("=", 2);
            if (setting.length == 2
                    && setting[0].trim().equalsIgnoreCase("WRITE_DELAY")
                    && setting[1].trim().equals("0")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOn(String value) {
        return value != null && value.trim().equalsIgnoreCase("on");
    }

    private static void report(List<String> warnings, String durable) {
        if (warnings.isEmpty()) {
            log.info("Durability check passed: {}", durable);
        }
        for (String warning : warnings) {
            log.warn("DURABILITY RISK: {}", warning);
        }
    }

    /** Reads the settings through one open connection. */
    private record JdbcSettings(Connection connection) implements Settings {

        @Override
        public String product() {
            try {
                return connection.getMetaData().getDatabaseProductName();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String url() {
            try {
                return connection.getMetaData().getURL();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * PostgreSQL: {@code current_setting(name)}. H2: the row of INFORMATION_SCHEMA.SETTINGS; H2
         * may list a setting twice (URL and database), and then the largest value counts.
         */
        @Override
        public String setting(String name) {
            boolean h2 = "H2".equalsIgnoreCase(product());
            String sql = h2
                    ? "select setting_value from information_schema.settings where setting_name = ?"
                    : "select current_setting(?)";
            try (var statement = connection.prepareStatement(sql)) {
                statement.setString(1, name);
                try (var result = statement.executeQuery()) {
                    String value = null;
                    while (result.next()) {
                        String next = result.getString(1);
                        if (value == null || (h2 && largerNumber(next, value))) {
                            value = next;
                        }
                    }
                    return value;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private static boolean largerNumber(String candidate, String current) {
            try {
                return Long.parseLong(candidate.trim()) > Long.parseLong(current.trim());
            } catch (NumberFormatException notANumber) {
                return false;
            }
        }
    }
}
