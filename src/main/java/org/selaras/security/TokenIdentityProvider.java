package org.selaras.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** A Bearer API token → its owner, with the owner's current roles. No bcrypt: a token is a random 256-bit secret. */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<TokenRequest> {
    private final ApiTokens tokens;

    public TokenIdentityProvider(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenRequest> getRequestType() {
        return TokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> tokens.resolve(request.token()).map(a -> a.identity("token"))
                .orElseThrow(() -> new AuthenticationFailedException("Unknown or revoked API token.")));
    }
}
