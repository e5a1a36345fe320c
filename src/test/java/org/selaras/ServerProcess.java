package org.selaras;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged server ({@code target/quarkus-app/quarkus-run.jar}) as a child process, for tests that need a real
 * process: kill it, restart it, run two of them. Each {@link #start()} launches a new JVM in the working folder
 * (so {@code ./data} — the default H2 file — lives there) on 127.0.0.1 and a free port, with its output in
 * {@code server-N.log} in that folder.
 *
 * <pre>{@code
 * try (ServerProcess server = ServerProcess.in(dir).adminPassword("secret").build()) {
 *     server.start().awaitReady(Duration.ofMinutes(2));
 *     … server.uri("/api/documents") …
 *     server.kill();   // SIGKILL, like kill -9
 *     server.start().awaitReady(Duration.ofMinutes(2));
 * }
 * }</pre>
 *
 * The jar is the system property {@code server-process.jar} (failsafe sets it; see pom.xml; not under {@code selaras.}, which Quarkus checks), else
 * {@code target/quarkus-app/quarkus-run.jar} under the current folder.
 */
public final class ServerProcess implements AutoCloseable {

    /**
     * Migrates an H2 database the way the app's Flyway does, placeholders included (application.properties:
     * quarkus.flyway.placeholders.binary is blob on H2), before several instances start on it.
     */
    public static void migrateH2(String url) {
        org.flywaydb.core.Flyway.configure().dataSource(url, "selaras", "selaras").locations("classpath:db/migration")
                .placeholders(Map.of("binary", "blob")).load().migrate();
    }

    /** What the server needs to be run: its folder, jar, JVM options, system properties, environment. */
    public static final class Builder {
        private final Path workDir;
        private Path jar = defaultJar();
        private final List<String> jvmOptions = new ArrayList<>();
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final Map<String, String> env = new LinkedHashMap<>();

        private Builder(Path workDir) {
            this.workDir = workDir;
        }

        public Builder jar(Path jar) {
            this.jar = jar;
            return this;
        }

        /** A JVM option such as {@code -Xmx256m}. */
        public Builder jvmOption(String option) {
            jvmOptions.add(option);
            return this;
        }

        /** A system property ({@code -Dkey=value}); {@code quarkus.http.port} fixes the port for every start. */
        public Builder property(String key, String value) {
            properties.put(key, value);
            return this;
        }

        public Builder env(String key, String value) {
            env.put(key, value);
            return this;
        }

        /** {@code SELARAS_ADMIN_PASSWORD}: the admin's password on a first start. */
        public Builder adminPassword(String password) {
            return env("SELARAS_ADMIN_PASSWORD", password);
        }

        public ServerProcess build() {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " not found: the server is built by `mvn package` (tests that"
                        + " start it run in the integration-test phase, after package)");
            }
            return new ServerProcess(this);
        }
    }

    public static Builder in(Path workDir) {
        return new Builder(workDir);
    }

    static Path defaultJar() {
        String app = System.getProperty("server-process.jar");
        return app != null && !app.isBlank() ? Path.of(app)
                : Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
    }

    private final Builder config;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int port;
    private int starts;
    private Path log;
    private long startedNanos;
    private Duration lastReady;

    private ServerProcess(Builder config) {
        this.config = config;
    }

    /** Starts a new JVM (none may be running); returns at once, see {@link #awaitReady}. */
    public synchronized ServerProcess start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("the server is still running (pid " + process.pid() + ")");
        }
        String fixed = config.properties.get("quarkus.http.port");
        port = fixed != null ? Integer.parseInt(fixed) : freePort();
        log = config.workDir.resolve("server-" + (++starts) + ".log");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(config.jvmOptions);
        Map<String, String> props = new LinkedHashMap<>();
        props.put("quarkus.http.host", "127.0.0.1");
        props.putAll(config.properties);
        props.put("quarkus.http.port", Integer.toString(port));
        props.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.add("-jar");
        cmd.add(config.jar.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(config.workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().putAll(config.env);
        try {
            Files.createDirectories(config.workDir);
            startedNanos = System.nanoTime();
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + cmd, e);
        }
        lastReady = null;
        return this;
    }

    /**
     * Waits until {@code /q/health/ready} answers 200. Fails with the end of the server's log if the process exits
     * or {@code max} passes first.
     */
    public ServerProcess awaitReady(Duration max) {
        long deadline = startedNanos + max.toNanos();
        while (true) {
            Process p = process;
            if (p == null || !p.isAlive()) {
                throw new IllegalStateException("the server exited" + (p == null ? "" : " with " + p.exitValue())
                        + " before it was ready; " + log + " ends with:\n" + logTail(60));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri("/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    lastReady = Duration.ofNanos(System.nanoTime() - startedNanos);
                    return this;
                }
            } catch (ConnectException e) {
                // not listening yet
            } catch (IOException e) {
                // listening but not answering yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the server", e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the server was not ready " + max.toSeconds() + " s after its start; "
                        + log + " ends with:\n" + logTail(60));
            }
            sleep(100);
        }
    }

    /**
     * {@link #start()} and {@link #awaitReady}; when the port (picked free, then handed to the new JVM) was taken by
     * someone else in between, starts again on another one (three tries).
     */
    public ServerProcess startAndAwaitReady(Duration max) {
        for (int attempt = 1; ; attempt++) {
            start();
            try {
                return awaitReady(max);
            } catch (IllegalStateException e) {
                String tail = logTail(60);
                boolean portTaken = !isAlive() && (tail.contains("seems to be in use") || tail.contains("Address already in use"));
                if (!portTaken || attempt == 3 || config.properties.containsKey("quarkus.http.port")) throw e;
            }
        }
    }

    /** SIGKILL (what {@code kill -9} sends; {@link Process#destroyForcibly} on Unix), then waits for the exit. */
    public void kill() {
        Process p = process;
        if (p == null) return;
        p.destroyForcibly();
        waitFor(p, Duration.ofSeconds(30));
    }

    /** SIGTERM (a graceful Quarkus shutdown), SIGKILL after {@code grace}. */
    public void stop(Duration grace) {
        Process p = process;
        if (p == null || !p.isAlive()) return;
        p.destroy();
        if (!waitFor(p, grace)) kill();
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(30));
    }

    private static boolean waitFor(Process p, Duration max) {
        try {
            return p.waitFor(max.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port><path>} of the current start. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** From the last {@link #start()} to readiness; null until {@link #awaitReady} returned. */
    public Duration lastStartToReady() {
        return lastReady;
    }

    /** The current start's log (server-N.log in the working folder). */
    public Path log() {
        return log;
    }

    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
