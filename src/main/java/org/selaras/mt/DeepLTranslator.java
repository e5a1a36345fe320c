package org.selaras.mt;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * DeepL API v2. Free keys end in {@code :fx} and go to {@code https://api-free.deepl.com}, others to
 * {@code https://api.deepl.com} (a configured url wins). Every request carries
 * {@code Authorization: DeepL-Auth-Key …}.
 * <ul>
 *   <li>{@code POST /v2/translate} JSON {@code {"text":[…], "source_lang":"ID", "target_lang":"EN-US",
 *       "tag_handling":"xml", "glossary_id":"…"}} → {@code {"translations":[{"detected_source_language","text"}]}}.</li>
 *   <li>Glossary: the terms of the batch become a DeepL glossary, {@code POST /v2/glossaries} JSON
 *       {@code {"name","source_lang":"id","target_lang":"en","entries":"src\ttgt\n…","entries_format":"tsv"}}
 *       → 201 {@code {"glossary_id",…}}; created once per distinct term list (cached by its hash). If DeepL
 *       refuses the glossary (e.g. a language pair without glossary support) the text is translated without.</li>
 * </ul>
 * Placeholders: {@code <x id="n"/>} with {@code tag_handling=xml}.
 */
public final class DeepLTranslator extends HttpEngine {

    private static final Logger LOG = Logger.getLogger(DeepLTranslator.class.getName());

    private final String base;
    private final String authorization;
    private final boolean free;
    private final Map<String, String> glossaries = new ConcurrentHashMap<>();

    public DeepLTranslator(String apiKey, String url, Duration timeout) {
        super(timeout);
        String key = apiKey.strip();
        this.free = key.endsWith(":fx");
        this.base = url != null && !url.isBlank() ? trimSlash(url)
                : free ? "https://api-free.deepl.com" : "https://api.deepl.com";
        this.authorization = "DeepL-Auth-Key " + key;
    }

    @Override
    public String id() {
        return "deepl";
    }

    @Override
    public String label() {
        return free ? "DeepL (free API)" : "DeepL";
    }

    @Override
    public Placeholder placeholder() {
        return Placeholder.XML;
    }

    /** DeepL's target code: English needs a variant (EN-US), the rest upper case. */
    static String targetCode(String lang) {
        String l = lang.toUpperCase(Locale.ROOT);
        return l.equals("EN") ? "EN-US" : l;
    }

    /**
     * {@code GET /v2/languages?type=source} and {@code ?type=target} → {@code [{"language":"ID","name":…},…]};
     * DeepL translates every source language into every target language.
     */
    @Override
    public LanguagePairs pairs() throws MtException {
        List<String> sources = languages("source");
        List<String> targets = languages("target");
        Set<String> pairs = new HashSet<>();
        for (String s : sources) {
            for (String t : targets) pairs.add(LanguagePairs.pair(s, t));
        }
        return LanguagePairs.of(pairs);
    }

    private List<String> languages(String type) throws MtException {
        JsonNode answer = send(listing(URI.create(base + "/v2/languages?type=" + type))
                .header("Authorization", authorization).build());
        if (!answer.isArray()) throw unexpected("a list of " + type + " languages");
        List<String> out = new ArrayList<>();
        answer.forEach(l -> out.add(l.path("language").asText()));
        return out;
    }

    @Override
    public List<String> translate(List<String> segments, String sourceLang, String targetLang, List<TermHint> glossary)
            throws MtException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", segments);
        body.put("source_lang", sourceLang.toUpperCase(Locale.ROOT));
        body.put("target_lang", targetCode(targetLang));
        body.put("tag_handling", "xml");
        String glossaryId = glossary.isEmpty() ? null : glossaryId(glossary, sourceLang, targetLang);
        if (glossaryId != null) body.put("glossary_id", glossaryId);
        JsonNode answer = send(request(URI.create(base + "/v2/translate")).header("Authorization", authorization)
                .header("Content-Type", "application/json").POST(jsonBody(body)).build());
        JsonNode translations = answer.get("translations");
        List<String> out = new ArrayList<>();
        if (translations != null && translations.isArray()) translations.forEach(t -> out.add(t.path("text").asText()));
        if (out.size() != segments.size()) throw unexpected(segments.size() + " translations");
        return out;
    }

    private String glossaryId(List<TermHint> hints, String sourceLang, String targetLang) throws MtException {
        StringBuilder tsv = new StringBuilder();
        for (TermHint h : hints) {
            String s = clean(h.source());
            String t = clean(h.target());
            if (!s.isEmpty() && !t.isEmpty()) tsv.append(s).append('\t').append(t).append('\n');
        }
        if (tsv.length() == 0) return null;
        String entries = tsv.toString();
        String cacheKey = sourceLang + ">" + targetLang + ":" + sha256(entries);
        String known = glossaries.get(cacheKey);
        if (known != null) return known;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "selaras-" + cacheKey.substring(cacheKey.indexOf(':') + 1, cacheKey.indexOf(':') + 13));
        body.put("source_lang", sourceLang.toLowerCase(Locale.ROOT));
        body.put("target_lang", targetLang.toLowerCase(Locale.ROOT).substring(0, 2));
        body.put("entries", entries);
        body.put("entries_format", "tsv");
        try {
            JsonNode answer = send(request(URI.create(base + "/v2/glossaries")).header("Authorization", authorization)
                    .header("Content-Type", "application/json").POST(jsonBody(body)).build());
            String id = answer.path("glossary_id").asText(null);
            if (id == null) throw unexpected("glossary_id");
            glossaries.put(cacheKey, id);
            return id;
        } catch (MtException e) {
            if (e.retryable() || e.status() == 403 || e.status() == 456) throw e; // unreachable, bad key, quota
            LOG.log(Level.WARNING, "DeepL refused the glossary, translating without it: {0}", e.getMessage());
            return null;
        }
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').strip();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
