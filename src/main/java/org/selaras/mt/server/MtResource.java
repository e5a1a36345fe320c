package org.selaras.mt.server;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;

/** The configured machine translation engines. */
@Path("/api/mt")
@Produces(MediaType.APPLICATION_JSON)
public class MtResource {

    private final MtService mt;

    public MtResource(MtService mt) {
        this.mt = mt;
    }

    @GET
    @Path("engines")
    @RolesAllowed("**")
    @Operation(summary = "Configured MT engines as [{id, label}], no URLs or keys (any logged-in user)")
    public List<MtService.EngineView> engines() {
        return mt.engines();
    }
}
