package org.selaras.formats.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The W3C Nu HTML Checker (nu.validator:validator) in its own JVM: its Jetty, Saxon and Log4j stay off the test
 * classpath. Maven copies its jars once from src/test/htmlcheck/pom.xml to target/htmlcheck/lib (offline first,
 * then online), as the OpenSearch node's are.
 */
final class NuHtmlChecker {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path LIB = PROJECT.resolve("target/htmlcheck/lib");

    private NuHtmlChecker() {
    }

    /** The checker's errors for an HTML file (GNU format, one a line); empty when it is valid HTML. */
    static List<String> errors(Path html) throws IOException, InterruptedException {
        copyJars();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", LIB + "/*", "nu.validator.client.SimpleCommandLineValidator",
                "--format", "gnu", "--errors-only", html.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the HTML checker did not finish");
        }
        List<String> errors = out.lines().filter(l -> !l.isBlank()).toList();
        if (p.exitValue() != 0 && errors.isEmpty()) {
            throw new IllegalStateException("the HTML checker failed (exit " + p.exitValue() + ") without a message");
        }
        return errors;
    }

    private static void copyJars() throws IOException, InterruptedException {
        if (Files.exists(LIB.resolve("validator-26.5.2.jar"))) return;
        String home = System.getProperty("maven.home");
        String mvn = home == null ? "mvn" : Path.of(home, "bin", "mvn").toString();
        String output = "";
        for (boolean offline : new boolean[] {true, false}) {
            List<String> cmd = new ArrayList<>(List.of(mvn, "-B", "-q", "-f",
                    PROJECT.resolve("src/test/htmlcheck/pom.xml").toString(), "dependency:copy-dependencies"));
            if (offline) cmd.add(1, "-o");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() == 0) return;
        }
        throw new IllegalStateException("Cannot resolve the Nu HTML Checker's jars:\n" + output);
    }
}
