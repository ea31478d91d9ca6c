import static org.codelibs.opensearch.runner.OpenSearchRunner.newConfigs;

import java.util.concurrent.CountDownLatch;
import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One OpenSearch node on 127.0.0.1 for the three-node test, the embedded runner the search-opensearch
 * module's tests use: {@code java -cp <runner class path> OpenSearchNode.java <http port> <home dir>}.
 * Prints "OpenSearch ready" once the cluster is yellow and runs until it is killed.
 */
public class OpenSearchNode {

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(args[0]);
        OpenSearchRunner runner = new OpenSearchRunner();
        runner.onBuild((number, settings) -> {
            settings.put("network.host", "127.0.0.1");
            settings.put("http.port", Integer.toString(port));
            settings.put("discovery.type", "single-node");
            settings.put("cluster.routing.allocation.disk.threshold_enabled", false);
        });
        runner.build(newConfigs().numOfNode(1).basePath(args[1]).clusterName("physio-portal-cluster"));
        runner.ensureYellow();
        System.out.println("OpenSearch ready at http://127.0.0.1:" + port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (Exception e) {
                System.err.println("closing OpenSearch: " + e);
            }
        }));
        new CountDownLatch(1).await();
    }
}
