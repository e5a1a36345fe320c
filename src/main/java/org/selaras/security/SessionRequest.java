package org.selaras.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The session cookie's value, to be checked against the database by {@link SessionIdentityProvider}. */
public class SessionRequest extends BaseAuthenticationRequest {
    private final String cookie;

    public SessionRequest(String cookie) {
        this.cookie = cookie;
    }

    public String cookie() {
        return cookie;
    }
}
