import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A single OpenSearch node from Maven Central's jars, for the `search` tests: no Docker, no distribution, no
 * security plugin. Run in its own JVM with the jars of pom.xml beside it:
 *
 * <pre>java -cp 'target/opensearch-node/lib/*' src/test/opensearch/OpenSearchLauncher.java DATA_DIR HTTP_PORT</pre>
 *
 * Bound to 127.0.0.1, single-node discovery. Prints "OPENSEARCH READY http://127.0.0.1:PORT" once it answers, and
 * stops when its standard input closes (so it dies with the test JVM that started it).
 */
public class OpenSearchLauncher {
    /** Node's constructor that takes plugins from the classpath (transport and analysis modules) is protected. */
    static class ClasspathNode extends Node {
        ClasspathNode(Environment environment, List<Class<? extends Plugin>> plugins) {
            super(environment, plugins, true);
        }
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        String httpPort = args.length > 1 ? args[1] : "0";
        Settings settings = Settings.builder()
                .put("cluster.name", "selaras-test")
                .put("node.name", "selaras-test-node")
                .put("path.home", home.toString())
                .put("path.data", home.resolve("data").toString())
                .put("path.logs", home.resolve("logs").toString())
                .put("network.host", "127.0.0.1")
                .put("http.port", httpPort)
                .put("transport.port", "0")
                .put("discovery.type", "single-node")
                .put("transport.type", "netty4")
                .put("http.type", "netty4")
                // a test machine's disk may be fuller than the production watermarks allow
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .put("bootstrap.memory_lock", false)
                .build();
        Environment environment = new Environment(settings, home.resolve("config"));
        Node node = new ClasspathNode(environment, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class));
        node.start();
        var http = node.injector().getInstance(org.opensearch.http.HttpServerTransport.class);
        System.out.println("OPENSEARCH READY http://" + http.boundAddress().publishAddress().address().getHostString()
                + ":" + http.boundAddress().publishAddress().getPort());
        System.out.flush();
        CountDownLatch stdinClosed = new CountDownLatch(1);
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // nothing: only the end of the stream matters
                }
            } catch (java.io.IOException ignored) {
                // closed
            }
            stdinClosed.countDown();
        }, "stdin-watcher");
        watcher.setDaemon(true);
        watcher.start();
        stdinClosed.await();
        node.close();
        System.exit(0);
    }
}
