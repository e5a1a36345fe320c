package org.selaras.security;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;

/** What the security checks read off a request: the client's address, the server's origin, the browser's headers. */
public final class ClientRequests {
    private ClientRequests() {
    }

    /** The client's address as Vert.x sees it (the proxy's client, when proxy-address-forwarding is on). */
    public static String address(RoutingContext rc) {
        if (rc == null || rc.request().remoteAddress() == null) {
            return "unknown";
        }
        String host = rc.request().remoteAddress().hostAddress();
        return host == null ? rc.request().remoteAddress().host() : host;
    }

    public static boolean https(RoutingContext rc) {
        return "https".equalsIgnoreCase(rc.request().scheme());
    }

    /** scheme://host[:port] as this request reached the server (forwarded headers count when Quarkus trusts them). */
    public static String serverOrigin(RoutingContext rc) {
        return serverOrigin(rc.request());
    }

    static String serverOrigin(HttpServerRequest request) {
        HostAndPort authority = request.authority();
        if (authority == null) {
            return null;
        }
        String scheme = request.scheme() == null ? "http" : request.scheme();
        return scheme + "://" + authority.host() + (authority.port() > 0 ? ":" + authority.port() : "");
    }

    /** The request as {@link OriginCheck} sees it. */
    public static OriginCheck.Request forOriginCheck(RoutingContext rc) {
        return forOriginCheck(rc.request());
    }

    /** The request as {@link OriginCheck} sees it, from the bare request (a WebSocket handshake has no routing context). */
    public static OriginCheck.Request forOriginCheck(HttpServerRequest request) {
        Cookie csrf = request.getCookie(OriginCheck.CSRF_COOKIE);
        return new OriginCheck.Request(request.method().name(), request.getHeader("Sec-Fetch-Site"),
                request.getHeader("Origin"), serverOrigin(request), request.getHeader(OriginCheck.CSRF_HEADER),
                csrf == null ? null : csrf.getValue());
    }
}
