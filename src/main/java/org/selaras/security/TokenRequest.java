package org.selaras.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An API token from {@code Authorization: Bearer}, to be checked by {@link TokenIdentityProvider}. */
public class TokenRequest extends BaseAuthenticationRequest {
    private final String token;

    public TokenRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
