package org.selaras.mt;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Apertium APY: {@code POST {url}/translate} with a form body {@code langpair=ind|zlm&q=…&markUnknown=no}
 * (the same parameters APY takes on GET), one request per segment. Answer:
 * {@code {"responseData":{"translatedText":"…"},"responseDetails":null,"responseStatus":200}}.
 * Apertium names languages with ISO 639-3 codes: id → ind, ms → zlm, en → eng (others are passed as given).
 * Placeholders: {@code ZXQn} tokens, copied through as unknown words because of {@code markUnknown=no}.
 */
public final class ApertiumTranslator extends HttpEngine {

    private static final Map<String, String> CODES = Map.of("id", "ind", "ms", "zlm", "en", "eng");
    private static final Map<String, String> ISO = Map.of("ind", "id", "zlm", "ms", "msa", "ms", "eng", "en");

    private final String url;

    public ApertiumTranslator(String url, Duration timeout) {
        super(timeout);
        this.url = trimSlash(url);
    }

    @Override
    public String id() {
        return "apertium";
    }

    @Override
    public String label() {
        return "Apertium";
    }

    @Override
    public Placeholder placeholder() {
        return Placeholder.TOKEN;
    }

    public static String code(String lang) {
        return CODES.getOrDefault(lang, lang);
    }

    /**
     * {@code GET {url}/listPairs} → {@code {"responseData":[{"sourceLanguage":"ind","targetLanguage":"zlm"},…]}}:
     * the installed pairs, in Apertium's codes (mapped back to ours).
     */
    @Override
    public LanguagePairs pairs() throws MtException {
        JsonNode answer = send(listing(URI.create(url + "/listPairs")).build());
        JsonNode data = answer.path("responseData");
        if (!data.isArray()) throw unexpected("responseData");
        Set<String> pairs = new HashSet<>();
        for (JsonNode p : data) {
            pairs.add(LanguagePairs.pair(iso(p.path("sourceLanguage").asText()), iso(p.path("targetLanguage").asText())));
        }
        return LanguagePairs.of(pairs);
    }

    private static String iso(String apertiumCode) {
        String base = LanguagePairs.base(apertiumCode);
        return ISO.getOrDefault(base, base);
    }

    @Override
    public List<String> translate(List<String> segments, String sourceLang, String targetLang, List<TermHint> glossary)
            throws MtException {
        String langpair = code(sourceLang) + "|" + code(targetLang);
        List<String> out = new ArrayList<>(segments.size());
        for (String segment : segments) {
            String form = "langpair=" + enc(langpair) + "&q=" + enc(segment) + "&markUnknown=no";
            HttpRequest request = request(URI.create(url + "/translate"))
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)).build();
            JsonNode answer = send(request);
            JsonNode text = answer.path("responseData").path("translatedText");
            if (!text.isTextual()) {
                int status = answer.path("responseStatus").asInt(0);
                if (status != 0 && status != 200) {
                    throw MtException.forStatus(label(), status, answer.path("responseDetails").asText(""));
                }
                throw unexpected("responseData.translatedText");
            }
            out.add(text.asText());
        }
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
