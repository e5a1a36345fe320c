package org.selaras.mt.server;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.selaras.mt.FakeMtApis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Engines for {@link MtApiTest}: the REAL Apertium APY whose URL CI exports as SELARAS_TEST_APERTIUM_URL
 * (system property selaras.test.apertium-url also works; absent = the test fails, CI must not skip it), and
 * local stand-ins for LibreTranslate, DeepL and an OpenAI-compatible server.
 */
public class MtTestResource implements QuarkusTestResourceLifecycleManager {

    static FakeMtApis apis;

    static String apertiumUrl() {
        String url = System.getProperty("selaras.test.apertium-url", System.getenv("SELARAS_TEST_APERTIUM_URL"));
        return url == null || url.isBlank() ? null : url.strip();
    }

    @Override
    public Map<String, String> start() {
        try {
            apis = new FakeMtApis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String apertium = apertiumUrl();
        return Map.of(
                // without a real APY (the fast loop leaves out the peers tests) Apertium stays listed, at a closed
                // port: only the peers tests call it, and they fail when SELARAS_TEST_APERTIUM_URL is missing
                "selaras.mt.apertium.url", apertium == null ? "http://127.0.0.1:9" : apertium,
                "selaras.mt.libretranslate.url", apis.url("libre"),
                "selaras.mt.libretranslate.api-key", FakeMtApis.LIBRE_KEY,
                "selaras.mt.deepl.api-key", FakeMtApis.DEEPL_KEY,
                "selaras.mt.deepl.url", apis.url("deepl"),
                "selaras.mt.openai.url", apis.url("openai"),
                "selaras.mt.openai.api-key", FakeMtApis.OPENAI_KEY,
                "selaras.mt.openai.model", "test-model",
                "selaras.mt.retry-delay", "20ms",
                "selaras.mt.batch-size", "4");
    }

    @Override
    public void stop() {
        if (apis != null) apis.close();
    }
}
