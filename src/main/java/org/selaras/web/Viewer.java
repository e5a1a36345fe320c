package org.selaras.web;

import io.quarkus.security.identity.SecurityIdentity;
import org.selaras.security.Role;

/** Who is looking at a page, and what the page may offer them. */
public record Viewer(String username, boolean admin, boolean canImport) {

    public static Viewer of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return new Viewer(null, false, false);
        }
        boolean admin = identity.hasRole(Role.ADMIN);
        boolean canImport = admin || identity.hasRole(Role.TRANSLATOR) || identity.hasRole(Role.REVIEWER);
        return new Viewer(identity.getPrincipal().getName(), admin, canImport);
    }
}
