package org.selaras.mt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Local stand-ins for the engines' HTTP APIs on 127.0.0.1 (random port), under /apertium, /libre, /deepl and
 * /openai. Each checks the request as the API documents it (method, path, headers, body fields) and answers as
 * the API does; a mismatch is recorded in {@link #violations} and answered with 400. "Translation" is a tiny
 * word list (berkata → said, dan → and, …) that leaves everything else, placeholders included, alone.
 */
public final class FakeMtApis implements AutoCloseable {

    public static final String LIBRE_KEY = "libre-secret-key-123";
    public static final String DEEPL_KEY = "deepl-secret-0000:fx";
    public static final String OPENAI_KEY = "sk-openai-secret-999";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> WORDS = Map.of("berkata", "said", "dan", "and", "di", "in",
            "mengatakan", "said", "bertemu", "met", "pada", "on");

    public final List<String> violations = new CopyOnWriteArrayList<>();
    public final List<JsonNode> deeplGlossaries = new CopyOnWriteArrayList<>();
    public final List<String> systemPrompts = new CopyOnWriteArrayList<>();
    /** The next n requests (any API) answer 503. */
    public final AtomicInteger failNext = new AtomicInteger();
    public final AtomicInteger requests = new AtomicInteger();
    /** Requests for language lists. */
    public final AtomicInteger listings = new AtomicInteger();
    /** Milliseconds each answer waits (for cancelling jobs). */
    public volatile int delayMs;

    private final HttpServer server;

    public FakeMtApis() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/apertium/translate", e -> handle(e, this::apertium));
        server.createContext("/libre/translate", e -> handle(e, this::libre));
        server.createContext("/deepl/v2/translate", e -> handle(e, this::deeplTranslate));
        server.createContext("/deepl/v2/glossaries", e -> handle(e, this::deeplGlossary));
        server.createContext("/openai/v1/chat/completions", e -> handle(e, this::openai));
        // the language lists, as each API gives them: Apertium ind↔zlm only (as the CI's APY), LibreTranslate
        // id↔en, DeepL into English and Indonesian; no Malay but Apertium's
        Map<String, Object> apertiumPairs = new LinkedHashMap<>();
        apertiumPairs.put("responseData", List.of(Map.of("sourceLanguage", "zlm", "targetLanguage", "ind"),
                Map.of("sourceLanguage", "ind", "targetLanguage", "zlm")));
        apertiumPairs.put("responseDetails", null);
        apertiumPairs.put("responseStatus", 200);
        server.createContext("/apertium/listPairs", e -> listing(e, apertiumPairs));
        server.createContext("/libre/languages", e -> listing(e, List.of(
                Map.of("code", "en", "name", "English", "targets", List.of("en", "id")),
                Map.of("code", "id", "name", "Indonesian", "targets", List.of("en", "id")))));
        server.createContext("/deepl/v2/languages", e -> listing(e, deeplLanguages(e)));
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
    }

    /** Language lists are asked apart from translations: they neither count as requests nor fail on failNext. */
    private void listing(HttpExchange e, Object body) throws IOException {
        try (e) {
            listings.incrementAndGet();
            int status = 200;
            if (!e.getRequestMethod().equals("GET")) {
                violations.add(e.getRequestURI().getPath() + ": method must be GET");
                status = 400;
            }
            byte[] out = JSON.writeValueAsBytes(body);
            e.getResponseHeaders().set("Content-Type", "application/json");
            e.sendResponseHeaders(status, out.length);
            e.getResponseBody().write(out);
        }
    }

    private Object deeplLanguages(HttpExchange e) {
        if (deeplAuth(e) != null) {
            violations.add("/deepl/v2/languages: no DeepL-Auth-Key");
            return Map.of("message", "Wrong endpoint or authorization");
        }
        String query = String.valueOf(e.getRequestURI().getQuery());
        if (query.equals("type=source")) {
            return List.of(Map.of("language", "EN", "name", "English"), Map.of("language", "ID", "name", "Indonesian"));
        }
        if (!query.equals("type=target")) violations.add("/deepl/v2/languages: type=source or type=target expected");
        return List.of(Map.of("language", "EN-GB", "name", "English (British)"),
                Map.of("language", "EN-US", "name", "English (American)"), Map.of("language", "ID", "name", "Indonesian"));
    }

    public String url(String api) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + api;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    public static String translateWords(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\p{L}+").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(WORDS.getOrDefault(m.group(), m.group())));
        m.appendTail(out);
        return out.toString();
    }

    private record Answer(int status, Object body) {
    }

    private interface Api {
        Answer answer(HttpExchange e, String body) throws IOException;
    }

    private void handle(HttpExchange e, Api api) throws IOException {
        try (e) {
            requests.incrementAndGet();
            String body = new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Answer a;
            if (delayMs > 0) {
                try {
                    Thread.sleep(delayMs);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
            }
            if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                a = new Answer(503, Map.of("error", "Service Unavailable"));
            } else {
                try {
                    a = api.answer(e, body);
                } catch (Violation v) {
                    violations.add(e.getRequestURI().getPath() + ": " + v.getMessage());
                    a = new Answer(400, Map.of("error", v.getMessage()));
                }
            }
            byte[] out = JSON.writeValueAsBytes(a.body());
            e.getResponseHeaders().set("Content-Type", "application/json");
            e.sendResponseHeaders(a.status(), out.length);
            e.getResponseBody().write(out);
        }
    }

    private static final class Violation extends IOException {
        Violation(String m) {
            super(m);
        }
    }

    private static void expect(boolean ok, String what) throws Violation {
        if (!ok) throw new Violation(what);
    }

    private static String header(HttpExchange e, String name) {
        String v = e.getRequestHeaders().getFirst(name);
        return v == null ? "" : v;
    }

    private static JsonNode json(HttpExchange e, String body) throws Violation {
        expect(e.getRequestMethod().equals("POST"), "method must be POST, was " + e.getRequestMethod());
        expect(header(e, "Content-Type").startsWith("application/json"), "Content-Type must be application/json");
        try {
            return JSON.readTree(body);
        } catch (IOException x) {
            throw new Violation("body is not JSON");
        }
    }

    // ---- Apertium APY: POST /translate, form langpair=ind|zlm&q=…&markUnknown=no
    private Answer apertium(HttpExchange e, String body) throws Violation {
        expect(e.getRequestMethod().equals("POST"), "method must be POST");
        expect(header(e, "Content-Type").startsWith("application/x-www-form-urlencoded"), "form body expected");
        Map<String, String> form = new LinkedHashMap<>();
        for (String kv : body.split("&")) {
            int i = kv.indexOf('=');
            form.put(URLDecoder.decode(kv.substring(0, i), StandardCharsets.UTF_8),
                    URLDecoder.decode(kv.substring(i + 1), StandardCharsets.UTF_8));
        }
        expect("no".equals(form.get("markUnknown")), "markUnknown=no expected");
        expect(form.get("q") != null, "q missing");
        String pair = form.get("langpair");
        if (!"ind|zlm".equals(pair) && !"ind|eng".equals(pair)) {
            Map<String, Object> err = new LinkedHashMap<>();
            err.put("status", "error");
            err.put("code", 400);
            err.put("message", "Bad Request");
            err.put("explanation", "That pair is not installed");
            return new Answer(400, err);
        }
        Map<String, Object> ok = new LinkedHashMap<>();
        ok.put("responseData", Map.of("translatedText", translateWords(form.get("q"))));
        ok.put("responseDetails", null);
        ok.put("responseStatus", 200);
        return new Answer(200, ok);
    }

    // ---- LibreTranslate: POST /translate {q, source, target, format, api_key}
    private Answer libre(HttpExchange e, String body) throws Violation {
        JsonNode n = json(e, body);
        if (!LIBRE_KEY.equals(n.path("api_key").asText())) {
            return new Answer(403, Map.of("error", "Invalid API key"));
        }
        expect(n.path("source").asText().equals("id"), "source must be id");
        expect(n.path("target").asText().equals("en"), "target must be en");
        expect(n.path("format").asText().equals("html"), "format must be html");
        expect(n.path("q").isArray(), "q must be an array");
        List<String> out = new ArrayList<>();
        n.path("q").forEach(q -> out.add(translateWords(q.asText())));
        return new Answer(200, Map.of("translatedText", out));
    }

    // ---- DeepL: POST /v2/glossaries, POST /v2/translate
    private Answer deeplAuth(HttpExchange e) {
        return header(e, "Authorization").equals("DeepL-Auth-Key " + DEEPL_KEY) ? null
                : new Answer(403, Map.of("message", "Wrong endpoint or authorization"));
    }

    private Answer deeplGlossary(HttpExchange e, String body) throws Violation {
        Answer denied = deeplAuth(e);
        if (denied != null) return denied;
        JsonNode n = json(e, body);
        expect(n.path("name").isTextual(), "name missing");
        expect(n.path("source_lang").asText().equals("id"), "source_lang must be id");
        expect(n.path("target_lang").asText().equals("en"), "target_lang must be en");
        expect(n.path("entries_format").asText().equals("tsv"), "entries_format must be tsv");
        for (String line : n.path("entries").asText().split("\n")) {
            expect(line.split("\t", -1).length == 2, "each TSV line is source<TAB>target: " + line);
        }
        deeplGlossaries.add(n);
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("glossary_id", "g-" + deeplGlossaries.size());
        g.put("name", n.path("name").asText());
        g.put("ready", true);
        g.put("source_lang", "id");
        g.put("target_lang", "en");
        g.put("creation_time", "2024-11-05T10:00:00.000Z");
        g.put("entry_count", n.path("entries").asText().split("\n").length);
        return new Answer(201, g);
    }

    private Answer deeplTranslate(HttpExchange e, String body) throws Violation {
        Answer denied = deeplAuth(e);
        if (denied != null) return denied;
        JsonNode n = json(e, body);
        expect(n.path("text").isArray(), "text must be an array");
        expect(n.path("source_lang").asText().equals("ID"), "source_lang must be ID");
        expect(n.path("target_lang").asText().equals("EN-US"), "target_lang must be EN-US");
        expect(n.path("tag_handling").asText().equals("xml"), "tag_handling must be xml");
        if (n.has("glossary_id")) {
            expect(n.path("glossary_id").asText().equals("g-" + deeplGlossaries.size()), "unknown glossary_id");
        }
        List<Map<String, String>> out = new ArrayList<>();
        n.path("text").forEach(t -> out.add(Map.of("detected_source_language", "ID", "text", translateWords(t.asText()))));
        return new Answer(200, Map.of("translations", out));
    }

    // ---- OpenAI-compatible: POST /v1/chat/completions
    private Answer openai(HttpExchange e, String body) throws Violation {
        if (!header(e, "Authorization").equals("Bearer " + OPENAI_KEY)) {
            return new Answer(401, Map.of("error", Map.of("message", "Incorrect API key provided",
                    "type", "invalid_request_error", "code", "invalid_api_key")));
        }
        JsonNode n = json(e, body);
        expect(n.path("model").asText().equals("test-model"), "model must be test-model");
        JsonNode messages = n.path("messages");
        expect(messages.size() == 2, "two messages expected");
        expect(messages.get(0).path("role").asText().equals("system"), "first message is the system prompt");
        expect(messages.get(1).path("role").asText().equals("user"), "second message is the user's text");
        systemPrompts.add(messages.get(0).path("content").asText());
        Map<String, Object> msg = Map.of("role", "assistant", "content",
                translateWords(messages.get(1).path("content").asText()));
        Map<String, Object> choice = new LinkedHashMap<>();
        choice.put("index", 0);
        choice.put("message", msg);
        choice.put("finish_reason", "stop");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", "chatcmpl-1");
        out.put("object", "chat.completion");
        out.put("model", "test-model");
        out.put("choices", List.of(choice));
        return new Answer(200, out);
    }
}
