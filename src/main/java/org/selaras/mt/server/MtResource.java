package org.selaras.mt.server;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The configured machine translation engines. */
@Path("/api/mt")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "MT")
public class MtResource {

    private final MtService mt;

    public MtResource(MtService mt) {
        this.mt = mt;
    }

    @GET
    @Path("engines")
    @RolesAllowed("**")
    @Operation(summary = "The configured MT engines",
            description = "[{id, label}] of every configured engine, the default first; never a URL or key. "
                    + "Roles: any logged-in user.")
    @APIResponse(responseCode = "200", description = "The engines (empty when none is configured)")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public List<MtService.EngineView> engines() {
        return mt.engines();
    }
}
