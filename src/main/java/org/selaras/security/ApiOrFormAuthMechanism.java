package org.selaras.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.BasicAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import java.util.HashSet;
import java.util.Set;

/**
 * One mechanism for two kinds of client. Scripts use HTTP Basic; the browser logs in with the
 * form and then calls the same /api with its session cookie (the editor does). Whoever asks
 * /api without credentials gets a 401 Basic challenge; a page gets the redirect to /login.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class ApiOrFormAuthMechanism implements HttpAuthenticationMechanism {

    private final BasicAuthenticationMechanism basic;
    private final FormAuthenticationMechanism form;

    public ApiOrFormAuthMechanism(BasicAuthenticationMechanism basic, FormAuthenticationMechanism form) {
        this.basic = basic;
        this.form = form;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String authorization = context.request().getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic.authenticate(context, identities);
        }
        return form.authenticate(context, identities);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return isApi(context) ? basic.getChallenge(context) : form.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        Set<Class<? extends AuthenticationRequest>> types = new HashSet<>(basic.getCredentialTypes());
        types.addAll(form.getCredentialTypes());
        return types;
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return isApi(context) ? basic.getCredentialTransport(context) : form.getCredentialTransport(context);
    }

    private static boolean isApi(RoutingContext context) {
        String path = context.normalizedPath();
        return path.equals("/api") || path.startsWith("/api/");
    }
}
