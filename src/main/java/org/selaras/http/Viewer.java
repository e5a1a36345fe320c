package org.selaras.http;

import io.quarkus.security.identity.SecurityIdentity;
import org.selaras.security.Role;

/** Who is looking at a page, and what the page may offer them. */
public record Viewer(String username, boolean admin, boolean canImport, boolean canTranslate, boolean canReview,
                     boolean canEditGlossary) {

    public static Viewer anonymous() {
        return new Viewer(null, false, false, false, false, false);
    }

    public static Viewer of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return anonymous();
        }
        boolean admin = identity.hasRole(Role.ADMIN);
        boolean review = admin || identity.hasRole(Role.REVIEWER);
        boolean translate = review || identity.hasRole(Role.TRANSLATOR);
        boolean glossary = admin || identity.hasRole(Role.TERMINOLOGIST);
        return new Viewer(identity.getPrincipal().getName(), admin, translate, translate, review, glossary);
    }
}
