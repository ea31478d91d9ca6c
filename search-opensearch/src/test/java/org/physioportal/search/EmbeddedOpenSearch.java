package org.physioportal.search;

import static org.codelibs.opensearch.runner.OpenSearchRunner.newConfigs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One OpenSearch node for the whole test run, started before the first Spring context: it listens on
 * a free loopback port, and the application is pointed at it with the {@code opensearch} profile.
 * Registered as a JUnit launcher session listener (META-INF/services), so that the root project's
 * search tests run here unchanged.
 */
public class EmbeddedOpenSearch implements LauncherSessionListener {

    private static OpenSearchRunner runner;
    private static Path home;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stop();
    }

    static synchronized void start() {
        if (runner != null) {
            return;
        }
        try {
            home = Files.createTempDirectory(Path.of("target"), "opensearch-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int port = freePort();
        runner = new OpenSearchRunner();
        runner.onBuild((number, settings) -> {
            settings.put("network.host", "127.0.0.1");
            settings.put("http.port", Integer.toString(port));
            settings.put("discovery.type", "single-node");
            // a full disk elsewhere on the machine must not make the test indexes read-only
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
        });
        runner.build(newConfigs()
                .numOfNode(1)
                .basePath(home.toAbsolutePath().toString())
                .clusterName("physio-portal-test")
                .printOnFailure());
        runner.ensureYellow();
        String uri = "http://127.0.0.1:" + port;
        System.out.println("OpenSearch test node at " + uri);
        // the application: the opensearch profile (with the tests' own "test" profile), pointed at
        // this node; each context starts from empty indexes; a write is searchable once saved
        System.setProperty("spring.profiles.include", "opensearch");
        System.setProperty("portal.search.uris", uri);
        System.setProperty(
                "spring.jpa.properties.hibernate.search.schema_management.strategy", "drop-and-create-and-drop");
        System.setProperty(
                "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy", "read-sync");
    }

    static synchronized void stop() {
        if (runner == null) {
            return;
        }
        try {
            runner.close();
        } catch (IOException e) {
            System.err.println("Could not close the OpenSearch test node: " + e);
        }
        runner.clean();
        runner = null;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
