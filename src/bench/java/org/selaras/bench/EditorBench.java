package org.selaras.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.selaras.bench.SaveLoadBench.ADMIN_PASSWORD;
import static org.selaras.bench.SaveLoadBench.json;
import static org.selaras.bench.SaveLoadBench.num;

/**
 * The editor on a large document in headless Chromium (issue 12, big documents): a server started as a child
 * process (fresh H2, as for {@code import}), documents of N/10 and N segments imported through the API, each
 * opened in the editor. Measured in the page: time to editable (navigation start to the first segment's box
 * focused), time until every page of segments is in, the DOM's element count, and Ctrl+Enter (a real key press
 * through the DevTools protocol) to the next row's box focused, and to the next frame after it, p50/p95.
 * The peer, in the same run: the same page with {@code ?rows=all} (one request for the whole document, every
 * row built: the editor before the virtualised list) on the N/10 document, and on N with {@code --peer-full}.
 * <pre>
 * mvn -q package -DskipTests
 * mvn -q -Pbench compile exec:java -Dexec.args="editor"
 * </pre>
 */
public final class EditorBench {

    private EditorBench() {
    }

    static final double EDITABLE_TARGET_MS = 2000;
    static final double CTRL_ENTER_TARGET_MS = 50;

    static String usage() {
        return """
                  editor    the editor in headless Chromium on documents of N/10 and N segments (server as a child process):
                            time to editable, all pages in, DOM elements, Ctrl+Enter to the next row focused p50/p95;
                            peer: ?rows=all (every row built, one request) on N/10. Build first: mvn -q package -DskipTests
                            --segments 100000  --presses 200  --peer-full (the peer on N too)  --chromium /usr/bin/chromium
                            --server-jvm "-Xms512m -Xmx1536m"  --h2-app DIR""";
    }

    record Run(String what, int segments, double editableMs, double loadedMs, long elements, long rows,
               double[] focusMs, double[] frameMs) {
    }

    public static void run(String[] args) throws Exception {
        int segments = 100_000;
        int presses = 200;
        boolean peerFull = false;
        String chromium = "/usr/bin/chromium";
        String jvm = "-Xms512m -Xmx1536m";
        String app = "target/quarkus-app";
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--segments" -> segments = Integer.parseInt(args[++i]);
                case "--presses" -> presses = Integer.parseInt(args[++i]);
                case "--peer-full" -> peerFull = true;
                case "--chromium" -> chromium = args[++i];
                case "--server-jvm" -> jvm = args[++i];
                case "--h2-app" -> app = args[++i];
                default -> {
                    System.err.println("unknown option " + args[i] + "\n" + usage());
                    System.exit(1);
                }
            }
        }
        SaveLoadBench.checkApp(Path.of(app), "h2");
        System.out.printf(Locale.ROOT, "editor: documents of %,d and %,d segments in headless Chromium (1440x900), %d Ctrl+Enter presses%n",
                segments / 10, segments, presses);
        System.out.printf(Locale.ROOT, "machine: %d CPUs, load average %s; server JVM: %s%n",
                Runtime.getRuntime().availableProcessors(), SaveLoadBench.loadAvg(), jvm);
        SaveLoadBench.Cleanup cleanup = new SaveLoadBench.Cleanup();
        Thread hook = new Thread(cleanup::runAll, "editor-bench-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        List<Run> runs = new ArrayList<>();
        try {
            Path tmp = Files.createTempDirectory("selaras-bench-editor-");
            cleanup.add(() -> SaveLoadBench.deleteTree(tmp));
            SaveLoadBench.Server server = SaveLoadBench.Server.start(Path.of(app).toAbsolutePath(), tmp, jvm, List.of(
                    "-Dselaras.upload.max-size=512M", "-Dquarkus.http.limits.max-body-size=600M",
                    "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:" + tmp.resolve("db/selaras") + ";DB_CLOSE_ON_EXIT=FALSE"),
                    Map.of(), cleanup);
            server.awaitReady(Duration.ofSeconds(180));
            System.out.printf(Locale.ROOT, "server ready on 127.0.0.1:%d after %.1f s%n", server.port, server.readySeconds);
            ImportBench.Client admin = new ImportBench.Client(server.base);
            long small = document(admin, segments / 10);
            long big = document(admin, segments);
            try (Cdp page = Cdp.start(chromium)) {
                cleanup.add(page::close);
                System.out.println("chromium started");
                login(page, server.base);
                System.out.println("logged in");
                // a warm-up opening (the server's JIT, Chromium's caches), not counted
                open(page, server.base + "/documents/" + small, "warm-up", segments / 10, 20);
                runs.add(open(page, server.base + "/documents/" + small, "windowed", segments / 10, presses));
                runs.add(open(page, server.base + "/documents/" + big, "windowed", segments, presses));
                runs.add(open(page, server.base + "/documents/" + small + "?rows=all", "all rows", segments / 10, presses));
                if (peerFull) runs.add(open(page, server.base + "/documents/" + big + "?rows=all", "all rows", segments, presses));
            }
        } finally {
            cleanup.runAll();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // already shutting down
            }
        }
        System.out.println();
        System.out.println("==================== editor: summary ====================");
        for (Run r : runs) {
            System.out.printf(Locale.ROOT, "%-9s %,7d segments: editable %,6.0f ms, all pages %,6.0f ms, %,7d DOM elements "
                            + "(%,d rows), Ctrl+Enter → next box focused p50 %.1f ms p95 %.1f ms, → next frame p50 %.1f ms p95 %.1f ms%n",
                    r.what(), r.segments(), r.editableMs(), r.loadedMs(), r.elements(), r.rows(),
                    pct(r.focusMs(), 50), pct(r.focusMs(), 95), pct(r.frameMs(), 50), pct(r.frameMs(), 95));
        }
        Run ours = find(runs, "windowed", segments);
        Run oursSmall = find(runs, "windowed", segments / 10);
        Run peer = find(runs, "all rows", segments / 10);
        if (ours != null && oursSmall != null) {
            System.out.printf(Locale.ROOT, "ratio %,d/%,d (windowed): editable %.2f, DOM elements %.2f, Ctrl+Enter p95 %.2f (10 would be linear)%n",
                    segments, segments / 10, ours.editableMs() / oursSmall.editableMs(),
                    (double) ours.elements() / oursSmall.elements(), pct(ours.focusMs(), 95) / pct(oursSmall.focusMs(), 95));
        }
        if (oursSmall != null && peer != null) {
            System.out.printf(Locale.ROOT, "peer (every row built) on %,d segments: editable %.1f× ours, DOM elements %.1f× ours%n",
                    segments / 10, peer.editableMs() / oursSmall.editableMs(), (double) peer.elements() / oursSmall.elements());
        }
        if (ours != null) {
            System.out.printf(Locale.ROOT, "targets on %,d segments: editable <= %.0f ms: %s; Ctrl+Enter p95 < %.0f ms: %s%n", segments,
                    EDITABLE_TARGET_MS, ours.editableMs() <= EDITABLE_TARGET_MS ? "met" : "NOT met",
                    CTRL_ENTER_TARGET_MS, pct(ours.focusMs(), 95) < CTRL_ENTER_TARGET_MS ? "met" : "NOT met");
        }
    }

    static Run find(List<Run> runs, String what, int segments) {
        return runs.stream().filter(r -> r.what().equals(what) && r.segments() == segments).findFirst().orElse(null);
    }

    /** A document of n distinct sentences, ten to a paragraph (the import benchmark's text). */
    static long document(ImportBench.Client admin, int n) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = admin.send("POST", "/api/documents?name=bench-editor-" + n + ".txt", "text/plain; charset=UTF-8",
                ImportBench.document(n));
        if (r.statusCode() != 201) throw new IllegalStateException("document import: " + r.statusCode() + " " + r.body());
        JsonNode doc = json(r.body());
        if (num(doc.path("segmentCount")) != n) throw new IllegalStateException("document has " + doc.path("segmentCount"));
        System.out.printf(Locale.ROOT, "document of %,d segments imported in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
        return num(doc.path("id"));
    }

    static void login(Cdp page, String base) throws Exception {
        page.navigate(base + "/login");
        page.until("document.readyState === 'complete' && document.getElementById('username')", Duration.ofSeconds(30));
        page.eval("document.getElementById('username').value = 'admin';"
                + "document.getElementById('password').value = " + jsonString(ADMIN_PASSWORD) + ";"
                + "document.getElementById('login').click(); true");
        page.until("location.pathname === '/documents' && document.readyState === 'complete'", Duration.ofSeconds(30));
    }

    private static String jsonString(String s) throws Exception {
        return SaveLoadBench.JSON.writeValueAsString(s);
    }

    /**
     * In the page, from its start: when a segment's box first gets the focus (editable), and for each Ctrl+Enter
     * the time from the key event to the next row's box focused, and to the frame after it.
     */
    static final String PROBE = """
            window.__lat = [];
            document.addEventListener('focusin', (e) => {
              if (!e.target.closest || !e.target.closest('#segments .segment.active')) return;
              if (window.__editable === undefined) window.__editable = performance.now();
              if (window.__t0 === undefined || window.__t0 === null) return;
              const t0 = window.__t0, t1 = performance.now();
              window.__t0 = null;
              requestAnimationFrame(() => setTimeout(() => window.__lat.push([t1 - t0, performance.now() - t0]), 0));
            }, true);
            document.addEventListener('keydown', (e) => {
              if (e.ctrlKey && e.key === 'Enter') window.__t0 = e.timeStamp;
            }, true);
            """;

    static Run open(Cdp page, String url, String what, int segments, int presses) throws Exception {
        page.send("Page.enable", Map.of());
        // a headless page is not focused: without this, focus() moves no focus events (and the probe sees none)
        page.send("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
        JsonNode script = page.send("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBE));
        page.navigate(url);
        System.out.printf(Locale.ROOT, "[%s] %,d segments: opening %s%n", what, segments, url);
        Duration max = Duration.ofMinutes(10);
        try {
            page.until("window.__editable !== undefined", Duration.ofSeconds(120));
        } catch (IllegalStateException e) {
            System.out.println("not editable after 120 s; the page: " + page.eval("location.href + ' ' + document.readyState + ' '"
                    + " + (document.activeElement && document.activeElement.outerHTML.slice(0, 120)) + ' active rows: '"
                    + " + document.querySelectorAll('#segments .segment.active').length"));
            throw e;
        }
        double editable = page.eval("window.__editable").asDouble();
        page.until("document.getElementById('segments').dataset.loaded === 'all'", max);
        double loaded = page.eval("performance.now()").asDouble();
        // the QA counts and the rest settle before the keys
        Thread.sleep(1000);
        long elements = page.eval("document.getElementsByTagName('*').length").asLong();
        long rows = page.eval("document.querySelectorAll('#segments .segment').length").asLong();
        double[] focus = new double[presses];
        double[] frame = new double[presses];
        for (int i = 0; i < presses; i++) {
            page.eval("(() => { const t = document.querySelector('#segments .segment.active textarea');"
                    + "t.value = 'Bench translation ' + " + i + " + '.'; t.dispatchEvent(new Event('input', {bubbles: true})); return true; })()");
            page.ctrlEnter();
            page.until("window.__lat.length > " + i, Duration.ofSeconds(30));
            JsonNode l = page.eval("window.__lat[" + i + "]");
            focus[i] = l.get(0).asDouble();
            frame[i] = l.get(1).asDouble();
        }
        page.send("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script.path("identifier").asText()));
        Run r = new Run(what, segments, editable, loaded, elements, rows, focus, frame);
        System.out.printf(Locale.ROOT, "[%s] %,d segments: editable after %.0f ms, all pages after %.0f ms, %,d DOM elements (%,d rows); "
                        + "Ctrl+Enter p50 %.1f / p95 %.1f ms (next frame p50 %.1f / p95 %.1f ms); load %s%n", what, segments, editable,
                loaded, elements, rows, pct(focus, 50), pct(focus, 95), pct(frame, 50), pct(frame, 95),
                SaveLoadBench.loadAvg().split(" ")[0]);
        return r;
    }

    static double pct(double[] values, int p) {
        if (values.length == 0) return Double.NaN;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
