package org.selaras.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.selaras.bench.SaveLoadBench.JSON;

/**
 * Headless Debian Chromium driven through its DevTools protocol (CDP) over a WebSocket: no Selenium, no
 * chromedriver, so the benchmark's own client adds nothing to what it measures. One page target.
 */
final class Cdp implements AutoCloseable {

    private final Process chromium;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();

    private Cdp(Process chromium, Path profile, WebSocket socket) {
        this.chromium = chromium;
        this.profile = profile;
        this.socket = socket;
    }

    /** Starts Chromium (window 1440×900, a fresh profile) and attaches to its first page. */
    static Cdp start(String binary) throws Exception {
        Path profile = Files.createTempDirectory("selaras-bench-chromium-");
        Process p = new ProcessBuilder(binary, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--remote-debugging-port=0", "--remote-allow-origins=*", "--window-size=1440,900",
                "--user-data-dir=" + profile, "about:blank").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String browserUrl = null;
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        Pattern listening = Pattern.compile("DevTools listening on (ws://\\S+)");
        for (String line; (line = err.readLine()) != null; ) {
            Matcher m = listening.matcher(line);
            if (m.find()) { browserUrl = m.group(1); break; }
        }
        if (browserUrl == null) throw new IllegalStateException("Chromium did not say where DevTools listen");
        Thread drain = new Thread(() -> { try { while (err.readLine() != null) { /* keep the pipe empty */ } } catch (IOException ignored) { } });
        drain.setDaemon(true);
        drain.start();
        URI http = URI.create(browserUrl.replaceFirst("^ws://", "http://").replaceFirst("/devtools/.*$", "/json/list"));
        HttpClient client = HttpClient.newHttpClient();
        String pageUrl = null;
        for (int i = 0; i < 50 && pageUrl == null; i++) {
            JsonNode targets = JSON.readTree(client.send(HttpRequest.newBuilder(http).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            for (JsonNode t : targets) if ("page".equals(t.path("type").asText())) pageUrl = t.path("webSocketDebuggerUrl").asText();
            if (pageUrl == null) Thread.sleep(100);
        }
        if (pageUrl == null) throw new IllegalStateException("Chromium has no page target");
        Cdp[] self = new Cdp[1];
        StringBuilder partial = new StringBuilder();
        WebSocket ws = client.newWebSocketBuilder().buildAsync(URI.create(pageUrl), new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    String message = partial.toString();
                    partial.setLength(0);
                    self[0].receive(message);
                }
                w.request(1);
                return null;
            }
        }).get(10, TimeUnit.SECONDS);
        self[0] = new Cdp(p, profile, ws);
        return self[0];
    }

    private void receive(String message) {
        try {
            JsonNode m = JSON.readTree(message);
            if (m.has("id")) {
                CompletableFuture<JsonNode> f = waiting.remove(m.get("id").asInt());
                if (f != null) {
                    if (m.has("error")) f.completeExceptionally(new IllegalStateException(m.get("error").toString()));
                    else f.complete(m.path("result"));
                }
            }
        } catch (IOException e) {
            // not JSON: not ours
        }
    }

    /** Sends one command and waits for its result. */
    JsonNode send(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode m = JSON.createObjectNode();
        m.put("id", id);
        m.put("method", method);
        m.set("params", JSON.valueToTree(params));
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        waiting.put(id, f);
        socket.sendText(JSON.writeValueAsString(m), true).get(10, TimeUnit.SECONDS);
        return f.get(10, TimeUnit.MINUTES);
    }

    /** The value of a JavaScript expression in the page (promises awaited). */
    JsonNode eval(String expression) throws Exception {
        JsonNode r = send("Runtime.evaluate", Map.of("expression", expression, "awaitPromise", true, "returnByValue", true));
        if (r.has("exceptionDetails")) throw new IllegalStateException("in the page: " + r.get("exceptionDetails"));
        return r.path("result").path("value");
    }

    /** Polls a JavaScript condition every 50 ms until it is true. */
    void until(String condition, Duration max) throws Exception {
        long deadline = System.nanoTime() + max.toNanos();
        while (!eval("!!(" + condition + ")").asBoolean()) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("not within " + max.toSeconds() + " s: " + condition);
            Thread.sleep(50);
        }
    }

    void navigate(String url) throws Exception {
        send("Page.navigate", Map.of("url", url));
    }

    /** Ctrl+Enter as a real key press (Input.dispatchKeyEvent, not a synthetic DOM event). */
    void ctrlEnter() throws Exception {
        for (String type : List.of("rawKeyDown", "keyUp")) {
            send("Input.dispatchKeyEvent", Map.of("type", type, "modifiers", 2, "key", "Enter", "code", "Enter",
                    "windowsVirtualKeyCode", 13, "nativeVirtualKeyCode", 13));
        }
    }

    @Override
    public void close() {
        socket.abort();
        chromium.destroy();
        try {
            if (!chromium.waitFor(10, TimeUnit.SECONDS)) chromium.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        SaveLoadBench.deleteTree(profile);
    }
}
