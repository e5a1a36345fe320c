package org.selaras.http;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.selaras.error.NotAllowed;
import org.selaras.security.OriginCheck;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * CSRF protection for the pages' forms: double-submit cookie. A page that renders a form puts
 * {inject:csrf.token} in a hidden field; the token also travels in the HttpOnly cookie
 * "selaras-csrf"; each form handler calls {@link #check}. Hand-written because
 * quarkus-rest-csrf checks every form POST, including multipart uploads to /api from scripts that
 * authenticate with HTTP Basic and have no cookie. The session cookie is SameSite=Strict besides.
 */
@Named("csrf")
@RequestScoped
public class Csrf {
    public static final String COOKIE = OriginCheck.CSRF_COOKIE;
    public static final String FIELD = "csrf-token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CurrentVertxRequest request;
    private String token;

    public Csrf(CurrentVertxRequest request) {
        this.request = request;
    }

    /** Form field name, for templates. */
    public String getParameterName() {
        return FIELD;
    }

    /** The token of this browser; made (and set as a cookie) on the first page that needs one. */
    public String getToken() {
        if (token == null) {
            RoutingContext rc = request.getCurrent();
            Cookie existing = rc.request().getCookie(COOKIE);
            if (existing != null && existing.getValue().length() >= 22) {
                token = existing.getValue();
            } else {
                byte[] bytes = new byte[24];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                rc.response().addCookie(Cookie.cookie(COOKIE, token).setPath("/").setHttpOnly(true)
                        .setSameSite(CookieSameSite.STRICT));
            }
        }
        return token;
    }

    public static void check(String cookieToken, String formToken) {
        if (cookieToken == null || formToken == null || cookieToken.isEmpty()
                || !MessageDigest.isEqual(cookieToken.getBytes(StandardCharsets.UTF_8),
                formToken.getBytes(StandardCharsets.UTF_8))) {
            throw new NotAllowed("The form's CSRF token is missing or does not match: the form has expired or did not "
                    + "come from Selaras; reload the page and try again.");
        }
    }
}
