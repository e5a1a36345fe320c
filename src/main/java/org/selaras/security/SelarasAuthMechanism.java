package org.selaras.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.BasicAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import org.jboss.logging.Logger;
import org.selaras.SelarasConfig;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.quarkus.vertx.http.runtime.security.HttpSecurityUtils.setRoutingContextAttribute;

/**
 * How a request says who it is, for three kinds of client:
 * <ul>
 *   <li>scripts: {@code Authorization: Basic} (user name and password) or {@code Bearer} (an API token);</li>
 *   <li>the browser: the session cookie set by the login form ({@link Sessions}); its writes must come from our own
 *   pages ({@link OriginCheck}).</li>
 * </ul>
 * Whoever asks /api without credentials gets a 401 Basic challenge; a page gets the redirect to /login.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class SelarasAuthMechanism implements HttpAuthenticationMechanism {
    private static final Logger LOG = Logger.getLogger(SelarasAuthMechanism.class);
    private final BasicAuthenticationMechanism basic;
    private final List<String> trustedOrigins;

    public SelarasAuthMechanism(BasicAuthenticationMechanism basic, SelarasConfig config) {
        this.basic = basic;
        this.trustedOrigins = config.session().trustedOrigins().orElse(List.of());
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String authorization = context.request().getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic.authenticate(context, identities);
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return identities.authenticate(setRoutingContextAttribute(
                    new TokenRequest(authorization.substring(7).strip()), context));
        }
        Cookie session = context.request().getCookie(Sessions.COOKIE);
        if (session == null) {
            return Uni.createFrom().nullItem();
        }
        Optional<String> refusal = OriginCheck.refusal(ClientRequests.forOriginCheck(context), trustedOrigins);
        if (refusal.isPresent()) {
            LOG.warnf("Refused %s %s with a session cookie from origin %s (Sec-Fetch-Site %s)", context.request().method(),
                    context.normalizedPath(), context.request().getHeader("Origin"),
                    context.request().getHeader("Sec-Fetch-Site"));
            return Uni.createFrom().failure(CrossOriginRefused.failure(refusal.get()));
        }
        return identities.authenticate(setRoutingContextAttribute(new SessionRequest(session.getValue()), context))
                .onFailure(AuthenticationFailedException.class).recoverWithUni(() -> {
                    // an ended session is no session: the request goes on anonymous (the login page must load)
                    context.response().addCookie(expired());
                    return Uni.createFrom().nullItem();
                });
    }

    static Cookie expired() {
        return Cookie.cookie(Sessions.COOKIE, "").setPath("/").setMaxAge(0).setHttpOnly(true)
                .setSameSite(io.vertx.core.http.CookieSameSite.STRICT);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return isApi(context) ? basic.getChallenge(context)
                : Uni.createFrom().item(new ChallengeData(302, "Location", "/login"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(UsernamePasswordAuthenticationRequest.class, SessionRequest.class, TokenRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return isApi(context) ? basic.getCredentialTransport(context)
                : Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE, Sessions.COOKIE));
    }

    private static boolean isApi(RoutingContext context) {
        String path = context.normalizedPath();
        return path.equals("/api") || path.startsWith("/api/");
    }
}
