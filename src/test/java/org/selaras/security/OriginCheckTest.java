package org.selaras.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OriginCheckTest {
    private static final String SERVER = "http://localhost:8080";

    private static boolean allowed(String method, String fetchSite, String origin, String header, String cookie) {
        return OriginCheck.refusal(new OriginCheck.Request(method, fetchSite, origin, SERVER, header, cookie),
                List.of("https://selaras.example.org")).isEmpty();
    }

    @Test
    void readsAreNeverRefused() {
        assertTrue(allowed("GET", "cross-site", "http://evil.example", null, null));
    }

    @Test
    void theBrowsersSecFetchSiteComesFirst() {
        assertTrue(allowed("POST", "same-origin", null, null, null));
        assertFalse(allowed("POST", "same-site", SERVER, null, null), "another port of the same host is another origin");
        assertFalse(allowed("PUT", "cross-site", null, null, null));
    }

    @Test
    void otherwiseTheOriginMustBeThisServerOrATrustedOne() {
        assertTrue(allowed("POST", null, "http://LOCALHOST:8080", null, null));
        assertTrue(allowed("DELETE", null, "https://selaras.example.org:443", null, null));
        assertFalse(allowed("POST", null, "http://localhost:8081", null, null));
        assertFalse(allowed("POST", null, "http://evil.example", null, null));
        assertFalse(allowed("POST", null, "null", null, null), "sandboxed frames send Origin: null");
    }

    @Test
    void withoutEitherHeaderThePagesTokenIsNeeded() {
        assertFalse(allowed("POST", null, null, null, "t0ken-from-the-cookie-abcdef"));
        assertFalse(allowed("POST", null, null, "another-token-xxxxxxxxxxxxx", "t0ken-from-the-cookie-abcdef"));
        assertTrue(allowed("POST", null, null, "t0ken-from-the-cookie-abcdef", "t0ken-from-the-cookie-abcdef"));
    }

    @Test
    void aLoginFormIsRefusedOnlyOnTheBrowsersWord() {
        var script = new OriginCheck.Request("POST", null, null, SERVER, null, null);
        var elsewhere = new OriginCheck.Request("POST", "cross-site", "http://evil.example", SERVER, null, null);
        assertTrue(OriginCheck.loginRefusal(script, List.of()).isEmpty());
        assertFalse(OriginCheck.loginRefusal(elsewhere, List.of()).isEmpty());
    }

    @Test
    void aSocketHandshakeIsCheckedAsAWriteThoughItIsAGet() {
        java.util.function.BiFunction<String, String, Boolean> opens = (fetchSite, origin) -> OriginCheck
                .handshakeRefusal(new OriginCheck.Request("GET", fetchSite, origin, SERVER, null, null), List.of()).isEmpty();
        assertTrue(opens.apply(null, SERVER));
        assertTrue(opens.apply("same-origin", SERVER));
        assertFalse(opens.apply(null, "http://localhost:8081"), "another port is another origin");
        assertFalse(opens.apply("cross-site", "http://evil.example"));
        assertFalse(opens.apply(null, null), "a browser always names its origin on a handshake");
        // an ordinary GET with the same headers passes: the handshake is the stricter check
        assertTrue(allowed("GET", null, "http://evil.example", null, null));
    }
}
