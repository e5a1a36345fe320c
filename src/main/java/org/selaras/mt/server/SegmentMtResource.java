package org.selaras.mt.server;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.selaras.security.Role;

/** An MT suggestion for one segment (not saved). */
@Path("/api/segments/{id}/mt")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "MT")
public class SegmentMtResource {

    private final MtService mt;

    public SegmentMtResource(MtService mt) {
        this.mt = mt;
    }

    @POST
    @RolesAllowed({Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN})
    @Operation(summary = "Machine-translate a segment",
            description = "A suggestion, not saved: the segment in its document's target language, glossary terms "
                    + "replaced by placeholders before and by their preferred English after: {engine, text, terms "
                    + "(English terms put in), lost (terms whose placeholder the engine dropped)}. "
                    + "Roles: translator, reviewer, admin.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Segment id")
    @Parameter(name = "engine", in = ParameterIn.QUERY, description = "Engine id from GET /api/mt/engines "
            + "(apertium, libretranslate, deepl, openai); default the first that translates the document's languages")
    @APIResponse(responseCode = "200", description = "The suggestion")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "Unknown engine")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a translator, reviewer or admin")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No segment with this id")
    @APIResponse(responseCode = "409", ref = "NoEngine")
    @APIResponse(responseCode = "502", ref = "EngineFailed")
    @APIResponse(responseCode = "503", ref = "EngineUnavailable")
    public MtService.Suggestion suggest(@RestPath long id, @QueryParam("engine") String engine) {
        return mt.suggest(id, engine);
    }
}
