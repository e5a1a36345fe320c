package org.selaras.http;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.selaras.security.CrossOriginRefused;
import org.selaras.security.LoginThrottled;

/**
 * Failed authentication happens before JAX-RS (Quarkus authenticates proactively), so the exception mappers never
 * see it: this failure handler gives it the same problem+json body. The mechanism's challenge has already set
 * 401 + WWW-Authenticate (API) or the redirect to /login (pages); throttled logins become 429, cross-origin writes 403.
 */
@ApplicationScoped
public class AuthProblems {

    void install(@Observes Router router) {
        router.route().failureHandler(this::handle);
    }

    private void handle(RoutingContext rc) {
        Throwable failure = rc.failure();
        while (failure != null && !(failure instanceof AuthenticationFailedException) && failure.getCause() != null
                && failure.getCause() != failure) {
            failure = failure.getCause();
        }
        if (!(failure instanceof AuthenticationFailedException) || rc.response().ended()) {
            rc.next();
            return;
        }
        boolean api = rc.normalizedPath().startsWith("/api");
        var throttled = LoginThrottled.in(failure).orElse(null);
        var refused = CrossOriginRefused.in(failure).orElse(null);
        if (throttled != null) {
            rc.response().headers().remove("WWW-Authenticate").remove("Location");
            rc.response().putHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            send(rc, 429, throttled.getMessage());
        } else if (refused != null) {
            rc.response().headers().remove("WWW-Authenticate").remove("Location");
            send(rc, 403, refused.getMessage());
        } else if (api || rc.response().getStatusCode() != 302) {
            rc.response().headers().remove("Location");
            rc.response().putHeader("WWW-Authenticate", "Basic realm=\"Selaras\"");
            send(rc, 401, "Log in with HTTP Basic credentials or an API token of a Selaras account; the user name, "
                    + "password or token given was not accepted.");
        } else {
            rc.response().end(); // a page: the challenge's redirect to /login
        }
    }

    private static void send(RoutingContext rc, int status, String detail) {
        rc.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(new Problem(status, detail, rc.normalizedPath())));
    }
}
