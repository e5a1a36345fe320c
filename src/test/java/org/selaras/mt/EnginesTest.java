package org.selaras.mt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each engine against a local stand-in that checks the documented request and answers as the API does. */
class EnginesTest {

    static FakeMtApis apis;
    static final Duration T = Duration.ofSeconds(5);
    static final List<TermHint> HINTS = List.of(new TermHint("Sergey Lavrov", "Sergey Lavrov", "person"),
            new TermHint("Menteri Luar Negeri Rusia", "Russian Foreign Minister", "title"));

    @BeforeAll
    static void start() throws Exception {
        apis = new FakeMtApis();
    }

    @AfterAll
    static void stop() {
        apis.close();
    }

    @AfterEach
    void noViolations() {
        assertEquals(List.of(), apis.violations);
    }

    @Test
    void apertium() throws Exception {
        var engine = new ApertiumTranslator(apis.url("apertium") + "/", T);
        assertEquals(List.of("ZXQ1 said in Moskow", "and"),
                engine.translate(List.of("ZXQ1 berkata di Moskow", "dan"), "id", "ms", List.of()));
        MtException e = assertThrows(MtException.class, () -> engine.translate(List.of("x"), "id", "fr", List.of()));
        assertEquals(400, e.status());
        assertFalse(e.retryable());
        assertTrue(e.getMessage().contains("That pair is not installed"), e.getMessage());
    }

    /** Each engine says which pairs it translates, from its own list (Apertium's codes mapped to ours). */
    @Test
    void languagePairsFromTheEngines() throws Exception {
        LanguagePairs apertium = new ApertiumTranslator(apis.url("apertium"), T).pairs();
        assertTrue(apertium.has("id", "ms") && apertium.has("ms", "id"), apertium.toString());
        assertFalse(apertium.has("id", "en"), apertium.toString());
        LanguagePairs libre = new LibreTranslateTranslator(apis.url("libre"), FakeMtApis.LIBRE_KEY, T).pairs();
        assertTrue(libre.has("id", "en") && !libre.has("id", "ms"), libre.toString());
        LanguagePairs deepl = new DeepLTranslator(FakeMtApis.DEEPL_KEY, apis.url("deepl"), T).pairs();
        assertTrue(deepl.has("id", "en") && deepl.has("ID", "en-US") && !deepl.has("id", "ms"), deepl.toString());
        assertTrue(new OpenAiTranslator(apis.url("openai"), FakeMtApis.OPENAI_KEY, "test-model", T).pairs().has("id", "ms"));
        assertEquals("Indonesian → English", LanguagePairs.names("id", "en"));
        assertEquals("Malay", LanguagePairs.name("ms"));
        // an engine that cannot be reached says so, quickly
        MtException down = assertThrows(MtException.class, () -> new ApertiumTranslator("http://127.0.0.1:9", T).pairs());
        assertTrue(down.retryable());
    }

    @Test
    void libreTranslate() throws Exception {
        var engine = new LibreTranslateTranslator(apis.url("libre"), FakeMtApis.LIBRE_KEY, T);
        assertEquals(List.of("<x id=\"1\"/> said", "and &amp; in"),
                engine.translate(List.of("<x id=\"1\"/> berkata", "dan &amp; di"), "id", "en", HINTS));
        var wrongKey = new LibreTranslateTranslator(apis.url("libre"), "nope-key", T);
        MtException e = assertThrows(MtException.class, () -> wrongKey.translate(List.of("x"), "id", "en", HINTS));
        assertEquals(403, e.status());
        assertFalse(e.getMessage().contains("nope-key"));
    }

    @Test
    void deeplWithGlossary() throws Exception {
        var engine = new DeepLTranslator(FakeMtApis.DEEPL_KEY, apis.url("deepl"), T);
        assertEquals("DeepL (free API)", engine.label());
        int before = apis.deeplGlossaries.size();
        assertEquals(List.of("<x id=\"1\"/> said", "and"),
                engine.translate(List.of("<x id=\"1\"/> berkata", "dan"), "id", "en", HINTS));
        assertEquals(before + 1, apis.deeplGlossaries.size());
        assertEquals("Sergey Lavrov\tSergey Lavrov\nMenteri Luar Negeri Rusia\tRussian Foreign Minister\n",
                apis.deeplGlossaries.get(before).path("entries").asText());
        engine.translate(List.of("dan"), "id", "en", HINTS); // same terms: the glossary is reused
        assertEquals(before + 1, apis.deeplGlossaries.size());
        var wrongKey = new DeepLTranslator("other-key:fx", apis.url("deepl"), T);
        MtException e = assertThrows(MtException.class, () -> wrongKey.translate(List.of("x"), "id", "en", List.of()));
        assertEquals(403, e.status());
        assertFalse(e.getMessage().contains("other-key"));
    }

    @Test
    void deeplEndpointFromKey() {
        assertEquals("DeepL (free API)", new DeepLTranslator("k:fx", null, T).label());
        assertEquals("DeepL", new DeepLTranslator("k", null, T).label());
        assertEquals("EN-US", DeepLTranslator.targetCode("en"));
    }

    @Test
    void openAiCompatible() throws Exception {
        var engine = new OpenAiTranslator(apis.url("openai") + "/v1", FakeMtApis.OPENAI_KEY, "test-model", T);
        assertEquals(List.of("<x id=\"1\"/> said"), engine.translate(List.of("<x id=\"1\"/> berkata"), "id", "en", HINTS));
        String prompt = apis.systemPrompts.get(apis.systemPrompts.size() - 1);
        assertTrue(prompt.contains("- Menteri Luar Negeri Rusia → Russian Foreign Minister"), prompt);
        assertTrue(prompt.contains("Indonesian") && prompt.contains("English") && prompt.contains("<x id=\"1\"/>"));
        var noKey = new OpenAiTranslator(apis.url("openai"), null, "test-model", T);
        assertEquals(401, assertThrows(MtException.class, () -> noKey.translate(List.of("x"), "id", "en", HINTS)).status());
    }

    @Test
    void unreachableIsRetryable() {
        var engine = new LibreTranslateTranslator("http://127.0.0.1:1", null, T);
        assertTrue(assertThrows(MtException.class, () -> engine.translate(List.of("x"), "id", "en", HINTS)).retryable());
    }

    @Test
    void serverErrorsAreRetryable() {
        apis.failNext.set(1);
        var engine = new ApertiumTranslator(apis.url("apertium"), T);
        MtException e = assertThrows(MtException.class, () -> engine.translate(List.of("x"), "id", "ms", HINTS));
        assertEquals(503, e.status());
        assertTrue(e.retryable());
    }
}
