package org.selaras.mt.server;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** The MT engines that translate a document's languages: what the editor offers. */
@Path("/api/documents/{id}/mt-engines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "MT")
public class DocumentMtResource {

    private final MtService mt;

    public DocumentMtResource(MtService mt) {
        this.mt = mt;
    }

    @GET
    @RolesAllowed("**")
    @Operation(summary = "The MT engines for a document's languages",
            description = "{source, target, configured (how many engines are set up), engines: [{id, label}] that "
                    + "translate source → target by their own list of language pairs (Apertium /listPairs, "
                    + "LibreTranslate /languages, DeepL /v2/languages; kept selaras.mt.pairs-cache), unusable: "
                    + "[{id, label, reason}], message: why none is offered, or null}. Roles: any logged-in user.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Document id")
    @APIResponse(responseCode = "200", description = "The engines (engines empty and a message when none fits)")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No document with this id")
    public MtService.DocumentEngines engines(@RestPath long id) {
        return mt.enginesFor(id);
    }
}
