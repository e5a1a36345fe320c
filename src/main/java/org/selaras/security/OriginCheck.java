package org.selaras.security;

import java.net.URI;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a state-changing request that carries the session cookie came from one of our own pages.
 * SameSite=Strict does not cover a page on another port of the same host (same site, other origin), so
 * the browser's own word is asked, strongest first (OWASP's CSRF cheat sheet):
 * <ol>
 *   <li>{@code Sec-Fetch-Site}: only {@code same-origin} passes;</li>
 *   <li>else {@code Origin}: must be the server's own origin or a trusted one;</li>
 *   <li>else (no browser sends neither on a write) the page's CSRF token in {@code X-CSRF-Token}.</li>
 * </ol>
 * Requests authenticated by a header (Basic, Bearer) never come here: a browser does not add those by itself.
 */
public final class OriginCheck {
    public static final String CSRF_HEADER = "X-CSRF-Token";
    /** The pages' CSRF cookie (org.selaras.http.Csrf sets it). */
    public static final String CSRF_COOKIE = "selaras-csrf";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private OriginCheck() {
    }

    /** The request as the check sees it; serverOrigin is scheme://host[:port] as the server was reached. */
    public record Request(String method, String secFetchSite, String origin, String serverOrigin,
                          String csrfHeader, String csrfCookie) {
    }

    /** @return why the request is refused, or empty when it may go on */
    public static Optional<String> refusal(Request r, Collection<String> trustedOrigins) {
        if (SAFE.contains(r.method().toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if (r.secFetchSite() != null) {
            return r.secFetchSite().equalsIgnoreCase("same-origin") ? Optional.empty()
                    : Optional.of("The browser says this request came from another site (Sec-Fetch-Site: "
                    + r.secFetchSite() + "); writes with a Selaras session cookie must come from Selaras' own pages.");
        }
        if (r.origin() != null) {
            String origin = normalise(r.origin());
            boolean own = origin != null && (origin.equals(normalise(r.serverOrigin()))
                    || trustedOrigins.stream().map(OriginCheck::normalise).anyMatch(origin::equals));
            return own ? Optional.empty() : Optional.of("This request came from " + r.origin()
                    + ", not from Selaras (" + r.serverOrigin() + "); writes with a Selaras session cookie must come "
                    + "from Selaras' own pages.");
        }
        if (r.csrfHeader() != null && r.csrfCookie() != null && !r.csrfCookie().isEmpty()
                && MessageDigest.isEqual(r.csrfHeader().getBytes(StandardCharsets.UTF_8),
                r.csrfCookie().getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of("A write with a Selaras session cookie needs the page's " + CSRF_HEADER + " header, or an "
                + "Origin header of this server; scripts should log in with HTTP Basic or an API token instead.");
    }

    /**
     * For a WebSocket handshake with the session cookie: a GET, but it opens a channel that reads the user's data and
     * writes in their name, so it is checked as a write. Browsers always send Origin on it.
     */
    public static Optional<String> handshakeRefusal(Request r, Collection<String> trustedOrigins) {
        return refusal(new Request("WEBSOCKET", r.secFetchSite(), r.origin(), r.serverOrigin(), null, null),
                trustedOrigins);
    }

    /**
     * For the login form, which no session protects yet: refused only when the browser says the form is not ours
     * (a cross-site login would plant the attacker's account in the victim's browser). Scripts send neither header.
     */
    public static Optional<String> loginRefusal(Request r, Collection<String> trustedOrigins) {
        if (r.secFetchSite() == null && r.origin() == null) {
            return Optional.empty();
        }
        return refusal(r, trustedOrigins);
    }

    /** scheme://host[:port] in lower case, without the scheme's default port; null when it is not an origin. */
    static String normalise(String origin) {
        if (origin == null) {
            return null;
        }
        try {
            URI uri = new URI(origin.strip());
            String scheme = uri.getScheme();
            String host = uri.getHost();
            if (scheme == null || host == null) {
                return null; // "null" (sandboxed frames, file:) is nobody's origin
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
            return scheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
