package org.selaras.terms.server;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.selaras.http.Viewer;
import org.selaras.security.Role;

/** The terminologist's page of term candidates; the list itself comes from /api/terms/candidates (js/terms.js). */
@Path("/terms")
@Produces(MediaType.TEXT_HTML)
public class TermsPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance terms(Viewer viewer);
    }

    private final SecurityIdentity identity;

    public TermsPages(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Role.TERMINOLOGIST, Role.ADMIN})
    public TemplateInstance page() {
        return Templates.terms(Viewer.of(identity));
    }
}
