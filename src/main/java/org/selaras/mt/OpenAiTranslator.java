package org.selaras.mt;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Any OpenAI-compatible chat-completions endpoint (OpenAI, Ollama, vLLM, llama.cpp server):
 * {@code POST {url}/v1/chat/completions} with {@code Authorization: Bearer …} (when a key is configured) and
 * JSON {@code {"model", "temperature":0, "messages":[{"role":"system",…},{"role":"user","content":segment}]}};
 * answer {@code {"choices":[{"message":{"role":"assistant","content":"…"}}]}}. One request per segment.
 * The system prompt names the languages, asks to copy the {@code <x id="n"/>} tags, and lists the glossary
 * terms of the segments with the English to use.
 */
public final class OpenAiTranslator extends HttpEngine {

    private static final Map<String, String> NAMES = Map.of("id", "Indonesian", "en", "English", "ms", "Malay");

    private final String url;
    private final String authorization;
    private final String model;

    public OpenAiTranslator(String url, String apiKey, String model, Duration timeout) {
        super(timeout);
        String u = trimSlash(url);
        if (u.endsWith("/v1")) u = u.substring(0, u.length() - 3);
        this.url = u;
        this.authorization = apiKey == null || apiKey.isBlank() ? null : "Bearer " + apiKey.strip();
        this.model = model.strip();
    }

    @Override
    public String id() {
        return "openai";
    }

    @Override
    public String label() {
        return "OpenAI-compatible (" + model + ")";
    }

    @Override
    public Placeholder placeholder() {
        return Placeholder.XML;
    }

    static String prompt(String sourceLang, String targetLang, List<TermHint> glossary) {
        String from = NAMES.getOrDefault(sourceLang, sourceLang);
        String to = NAMES.getOrDefault(targetLang, targetLang);
        StringBuilder p = new StringBuilder();
        p.append("You are a professional news translator. Translate the user's ").append(from)
                .append(" text into ").append(to).append(". Answer with the translation only: no notes, no quotes.")
                .append(" The text may contain tags like <x id=\"1\"/>; each stands for a name or title:")
                .append(" copy every tag exactly once, unchanged, where its words belong in the translation.")
                .append(" Escaped characters such as &amp; and &lt; stay escaped.");
        if (!glossary.isEmpty()) {
            p.append("\nGlossary: use these ").append(to).append(" terms for these ").append(from).append(" terms:");
            for (TermHint h : glossary) p.append("\n- ").append(h.source()).append(" → ").append(h.target());
        }
        return p.toString();
    }

    @Override
    public List<String> translate(List<String> segments, String sourceLang, String targetLang, List<TermHint> glossary)
            throws MtException {
        String system = prompt(sourceLang, targetLang, glossary);
        List<String> out = new ArrayList<>(segments.size());
        for (String segment : segments) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("model", model);
            body.put("temperature", 0);
            body.put("messages", List.of(Map.of("role", "system", "content", system),
                    Map.of("role", "user", "content", segment)));
            HttpRequest.Builder r = request(URI.create(url + "/v1/chat/completions"))
                    .header("Content-Type", "application/json");
            if (authorization != null) r.header("Authorization", authorization);
            JsonNode answer = send(r.POST(jsonBody(body)).build());
            JsonNode content = answer.path("choices").path(0).path("message").path("content");
            if (!content.isTextual()) throw unexpected("choices[0].message.content");
            out.add(content.asText().strip());
        }
        return out;
    }
}
