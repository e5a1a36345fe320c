package org.selaras.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** A browser's session cookie → its account, with the roles it has now (not those it had at login). */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionRequest> {
    private final Sessions sessions;

    public SessionIdentityProvider(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Class<SessionRequest> getRequestType() {
        return SessionRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> sessions.resolve(request.cookie()).map(a -> a.identity("session"))
                .orElseThrow(() -> new AuthenticationFailedException("The session has ended; log in again.")));
    }
}
