package org.physioportal;

import java.net.InetSocketAddress;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a test at the local PostgreSQL (system property {@code portal.test.postgres.url}, by default
 * 127.0.0.1:5432/test), in a schema of its own that Flyway creates. Without a server the tests are
 * skipped on a developer's machine and fail in CI (environment variable {@code CI=true}); a class
 * that starts a Spring context on it carries {@link RequiresPostgres}, so that it is skipped before
 * the context starts.
 */
public final class PostgresSupport {

    private static final String URL =
            System.getProperty("portal.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getProperty("portal.test.postgres.user", "postgres");

    private static String reachability;

    private PostgresSupport() {}

    public static void register(DynamicPropertyRegistry registry) {
        registerUrl(registry, URL);
    }

    /**
     * As {@link #register(DynamicPropertyRegistry)}, with the application reaching the same server
     * through another address, {@code host:port} (a test proxy in front of {@link #serverAddress()}).
     */
    public static void register(DynamicPropertyRegistry registry, String hostPort) {
        URI server = serverUri();
        String authority = server.getRawAuthority();
        String url = URL.replaceFirst("//" + Pattern.quote(authority), Matcher.quoteReplacement("//" + hostPort));
        registerUrl(registry, url);
    }

    /** Where the configured PostgreSQL listens. */
    public static InetSocketAddress serverAddress() {
        URI server = serverUri();
        return new InetSocketAddress(server.getHost(), server.getPort() < 0 ? 5432 : server.getPort());
    }

    /** A plain (unpooled) data source for the configured server; skips or fails the test without one. */
    public static DataSource dataSource() {
        requireServer();
        return new DriverManagerDataSource(URL, USER, "");
    }

    private static URI serverUri() {
        return URI.create(URL.substring("jdbc:".length()));
    }

    private static void registerUrl(DynamicPropertyRegistry registry, String url) {
        properties(url).forEach((name, value) -> registry.add(name, () -> value));
    }

    /**
     * The properties of {@link #register(DynamicPropertyRegistry)} as a map, for applications a test
     * starts itself: several started with the same map share one schema, like nodes of a cluster.
     */
    public static Map<String, Object> properties() {
        return properties(URL);
    }

    private static Map<String, Object> properties(String url) {
        requireServer();
        String schema =
                "portal_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        properties.put("spring.datasource.username", USER);
        properties.put("spring.datasource.password", "");
        properties.put("spring.flyway.schemas", schema);
        properties.put("spring.flyway.default-schema", schema);
        return properties;
    }

    private static void requireServer() {
        String problem = unreachableBecause();
        if (problem == null) {
            return;
        }
        if (mandatory()) {
            throw new IllegalStateException("CI needs PostgreSQL: " + problem);
        }
        Assumptions.abort(problem);
    }

    /** True in CI ({@code CI=true}), where a missing server fails the tests instead of skipping them. */
    static boolean mandatory() {
        return "true".equals(System.getenv("CI"));
    }

    /** Why the configured server cannot be reached, or null when it answers (checked once per run). */
    static synchronized String unreachableBecause() {
        if (reachability == null) {
            try (Connection ignored = DriverManager.getConnection(URL + connectTimeout(), USER, "")) {
                reachability = "";
            } catch (SQLException e) {
                reachability = "No PostgreSQL at " + URL + ": " + e.getMessage();
            }
        }
        return reachability.isEmpty() ? null : reachability;
    }

    private static String connectTimeout() {
        return (URL.contains("?") ? "&" : "?") + "connectTimeout=3";
    }
}
