package org.selaras.memory.server;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real OpenSearch 2.19.6 node for the `search` tests, in its own JVM and with no Docker: the jars of
 * src/test/opensearch/pom.xml (copied once to target/opensearch-node/lib by Maven) and the launcher
 * src/test/opensearch/OpenSearchLauncher.java, on 127.0.0.1 at a free port, data under target/. The scale-out mode
 * is switched on for the Quarkus app under test. A node that does not start fails the test, with its output.
 */
public class OpenSearchNode implements QuarkusTestResourceLifecycleManager {
    private static final Pattern READY = Pattern.compile("OPENSEARCH READY http://([0-9.]+):(\\d+)");
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path LIB = PROJECT.resolve("target/opensearch-node/lib");
    private Process node;

    @Override
    public Map<String, String> start() {
        try {
            copyJars();
            Path home = Files.createDirectories(PROJECT.resolve("target/opensearch-node"))
                    .resolve("run-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            node = new ProcessBuilder(java, "-Xms256m", "-Xmx512m", "-cp", LIB + File.separator + "*",
                    PROJECT.resolve("src/test/opensearch/OpenSearchLauncher.java").toString(), home.toString(), "0")
                    .redirectErrorStream(true).start();
            String hostPort = awaitReady();
            return Map.of("quarkus.hibernate-search-orm.active", "true",
                    "quarkus.hibernate-search-orm.elasticsearch.hosts", hostPort);
        } catch (IOException e) {
            throw new IllegalStateException("OpenSearch node did not start", e);
        }
    }

    /** The launcher's "ready" line; the node's output goes on to the test log afterwards. */
    private String awaitReady() throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
        Deque<String> tail = new ArrayDeque<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            Matcher m = READY.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> System.out.println("[opensearch] " + l)),
                        "opensearch-output");
                drain.setDaemon(true);
                drain.start();
                return m.group(1) + ":" + m.group(2);
            }
            tail.addLast(line);
            if (tail.size() > 60) {
                tail.removeFirst();
            }
        }
        node.destroyForcibly();
        throw new IllegalStateException("OpenSearch node did not start; its last output:\n" + String.join("\n", tail));
    }

    /** The node's jars, resolved by Maven from src/test/opensearch/pom.xml once (offline first, then online). */
    private static void copyJars() throws IOException {
        if (Files.isDirectory(LIB)) {
            try (var jars = Files.list(LIB)) {
                if (jars.anyMatch(p -> p.getFileName().toString().startsWith("opensearch-2"))) {
                    return;
                }
            }
        }
        String home = System.getProperty("maven.home");
        String mvn = home == null ? "mvn" : Path.of(home, "bin", "mvn").toString();
        for (boolean offline : new boolean[] {true, false}) {
            List<String> cmd = new ArrayList<>(List.of(mvn, "-B", "-q", "-f",
                    PROJECT.resolve("src/test/opensearch/pom.xml").toString(), "dependency:copy-dependencies"));
            if (offline) {
                cmd.add(1, "-o");
            }
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            try {
                if (p.waitFor() == 0) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            if (!offline) {
                throw new IllegalStateException("Cannot resolve the OpenSearch jars (" + cmd + "):\n" + output);
            }
        }
    }

    @Override
    public void stop() {
        if (node == null) {
            return;
        }
        try {
            node.getOutputStream().close(); // the launcher closes the node when its input ends
            if (!node.waitFor(30, TimeUnit.SECONDS)) {
                node.destroyForcibly();
            }
        } catch (IOException | InterruptedException e) {
            node.destroyForcibly();
        }
    }
}
