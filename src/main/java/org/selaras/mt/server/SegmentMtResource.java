package org.selaras.mt.server;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.selaras.security.Role;

/** An MT suggestion for one segment (not saved). */
@Path("/api/segments/{id}/mt")
@Produces(MediaType.APPLICATION_JSON)
public class SegmentMtResource {

    private final MtService mt;

    public SegmentMtResource(MtService mt) {
        this.mt = mt;
    }

    @POST
    @RolesAllowed({Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN})
    @Operation(summary = "Machine-translate a segment into its document's target language with glossary terms "
            + "protected → {engine, text, terms, lost}; ?engine= (default: the first configured)")
    public MtService.Suggestion suggest(@RestPath long id, @QueryParam("engine") String engine) {
        return mt.suggest(id, engine);
    }
}
