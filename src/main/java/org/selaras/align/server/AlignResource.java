package org.selaras.align.server;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.selaras.align.server.AlignmentViews.AlignRequest;
import org.selaras.align.server.AlignmentViews.AlignResult;

/** Aligns two texts without storing anything (any logged-in user). */
@Path("/api/align")
@Tag(name = "Alignment")
public class AlignResource {

    private final AlignmentService alignments;

    public AlignResource(AlignmentService alignments) {
        this.alignments = alignments;
    }

    @POST
    @RolesAllowed("**")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Align two texts",
            description = "Splits {\"source\": Indonesian text, \"target\": English text} into sentences and aligns "
                    + "them, storing nothing: {\"pairs\": [{source, target, sourceSegments, targetSentences, "
                    + "confidence}]}; source and target are a pair's sentences joined by one space, \"\" for an "
                    + "omitted side. Same size limit as imports. Roles: any logged-in user.")
    @RequestBody(description = "The Indonesian text and its English translation")
    @APIResponse(responseCode = "200", description = "The aligned pairs in text order")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "No body, or no source or target")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "413", ref = "TooLarge")
    public AlignResult align(@Valid @NotNull(message = "{selaras.body.missing}") AlignRequest request) {
        return new AlignResult(alignments.alignTexts(request.source(), request.target()));
    }
}
