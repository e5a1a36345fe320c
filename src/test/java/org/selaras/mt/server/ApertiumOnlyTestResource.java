package org.selaras.mt.server;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.selaras.mt.FakeMtApis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Apertium as the only engine, installed for Indonesian ↔ Malay only: the real APY of SELARAS_TEST_APERTIUM_URL
 * when there is one (the browser test requires it), else the stand-in, which lists the same pairs.
 */
public class ApertiumOnlyTestResource implements QuarkusTestResourceLifecycleManager {

    private FakeMtApis apis;

    @Override
    public Map<String, String> start() {
        String url = MtTestResource.apertiumUrl();
        if (url == null) {
            try {
                apis = new FakeMtApis();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            url = apis.url("apertium");
        }
        return Map.of("selaras.mt.apertium.url", url, "selaras.mt.retry-delay", "20ms");
    }

    @Override
    public void stop() {
        if (apis != null) apis.close();
    }
}
