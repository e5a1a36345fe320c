package org.selaras.security;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.security.identity.SecurityIdentity;

import java.util.Optional;
import java.util.Set;

/** Who a login, a session or a token turned out to be: what a request's identity is built from. */
public record Account(long id, String username, Set<String> roles) {

    /** Identity attribute naming how the request was authenticated: "password", "session" or "token". */
    public static final String VIA = "selaras.via";
    /** Identity attribute with the account id. */
    public static final String ID = "selaras.user-id";

    static Account of(User user) {
        return new Account(user.id, user.username, user.roleSet());
    }

    /**
     * The identity of a user as the account is now, for work done on the user's behalf after the request (a job
     * resumed on another instance); empty when the account is gone. Needs a transaction.
     */
    public static Optional<SecurityIdentity> current(String username, String via) {
        return User.findByUsername(username).map(u -> of(u).identity(via));
    }

    SecurityIdentity identity(String via) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username)).addRoles(roles)
                .addAttribute(ID, id).addAttribute(VIA, via).build();
    }
}
