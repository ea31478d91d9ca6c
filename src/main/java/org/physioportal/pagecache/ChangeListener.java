package org.physioportal.pagecache;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Listens on {@link ClusterNotifications#CHANNEL} over a connection of its own (outside the pool, so
 * that the pages keep all of theirs), in one virtual thread, and hands each notification to {@link
 * ClusterNotifications}. A lost connection is opened again after a second; every (re)connection
 * empties this node's cache, since notifications sent meanwhile are lost. A query every 10 s keeps a
 * silently dead connection from going unnoticed.
 */
@Component
@Profile("postgres")
class ChangeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeListener.class);
    private static final int WAIT_MILLIS = 500;
    private static final long CHECK_EVERY_NANOS = 10_000_000_000L;

    private final ClusterNotifications notifications;
    private final DataSourceProperties database;
    private volatile boolean running;
    private boolean failing;
    private Thread thread;

    ChangeListener(ClusterNotifications notifications, DataSourceProperties database) {
        this.notifications = notifications;
        this.database = database;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofVirtual().name("cluster-change-listener").start(this::run);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try (Connection connection = connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + ClusterNotifications.CHANNEL);
                }
                notifications.missedSome();
                if (failing) {
                    log.info("Listening for other nodes' changes again");
                    failing = false;
                }
                receive(connection);
            } catch (SQLException e) {
                if (running) {
                    if (!failing) { // once per outage, not every second
                        log.warn("Listening for other nodes' changes failed, trying every second: {}", e.toString());
                        failing = true;
                    }
                    pause();
                }
            }
        }
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection pg = connection.unwrap(PGConnection.class);
        long checked = System.nanoTime();
        while (running) {
            PGNotification[] received = pg.getNotifications(WAIT_MILLIS);
            if (received != null) {
                for (PGNotification notification : received) {
                    notifications.received(notification.getParameter());
                }
            }
            if (System.nanoTime() - checked > CHECK_EVERY_NANOS) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select 1");
                }
                checked = System.nanoTime();
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", database.determineUsername());
        String password = database.determinePassword();
        properties.setProperty("password", password == null ? "" : password);
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("socketTimeout", "30");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", "portal change listener");
        return DriverManager.getConnection(database.determineUrl(), properties);
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
