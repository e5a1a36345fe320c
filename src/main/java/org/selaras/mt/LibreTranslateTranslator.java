package org.selaras.mt;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LibreTranslate: {@code POST {url}/translate} with JSON {@code {"q":[…], "source":"id", "target":"en",
 * "format":"html", "api_key":"…"}} (api_key only when configured); answer {@code {"translatedText":[…]}}
 * (a list for a list of q), errors {@code {"error":"…"}} with 400/403/429/500.
 * Placeholders: {@code <x id="n"/>}; with format html LibreTranslate translates text nodes and keeps markup.
 */
public final class LibreTranslateTranslator extends HttpEngine {

    private final String url;
    private final String apiKey;

    public LibreTranslateTranslator(String url, String apiKey, Duration timeout) {
        super(timeout);
        this.url = trimSlash(url);
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
    }

    @Override
    public String id() {
        return "libretranslate";
    }

    @Override
    public String label() {
        return "LibreTranslate";
    }

    @Override
    public Placeholder placeholder() {
        return Placeholder.XML;
    }

    /**
     * {@code GET {url}/languages} → {@code [{"code":"id","name":"Indonesian","targets":["en",…]},…]}; an older
     * server without {@code targets} translates between any two of its languages.
     */
    @Override
    public LanguagePairs pairs() throws MtException {
        JsonNode answer = send(listing(URI.create(url + "/languages")).build());
        if (!answer.isArray()) throw unexpected("a list of languages");
        List<String> all = new ArrayList<>();
        answer.forEach(l -> all.add(l.path("code").asText()));
        Set<String> pairs = new HashSet<>();
        for (JsonNode l : answer) {
            String source = l.path("code").asText();
            JsonNode targets = l.get("targets");
            if (targets != null && targets.isArray()) {
                targets.forEach(t -> pairs.add(LanguagePairs.pair(source, t.asText())));
            } else {
                all.forEach(t -> pairs.add(LanguagePairs.pair(source, t)));
            }
        }
        return LanguagePairs.of(pairs);
    }

    @Override
    public List<String> translate(List<String> segments, String sourceLang, String targetLang, List<TermHint> glossary)
            throws MtException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("q", segments);
        body.put("source", sourceLang);
        body.put("target", targetLang);
        body.put("format", "html");
        if (apiKey != null) body.put("api_key", apiKey);
        JsonNode answer = send(request(URI.create(url + "/translate")).header("Content-Type", "application/json")
                .POST(jsonBody(body)).build());
        JsonNode texts = answer.get("translatedText");
        List<String> out = new ArrayList<>();
        if (texts != null && texts.isArray()) {
            texts.forEach(t -> out.add(t.asText()));
        } else if (texts != null && texts.isTextual() && segments.size() == 1) {
            out.add(texts.asText());
        }
        if (out.size() != segments.size()) throw unexpected(segments.size() + " translatedText values");
        return out;
    }
}
