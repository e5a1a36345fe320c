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
import org.selaras.align.server.AlignmentViews.AlignRequest;
import org.selaras.align.server.AlignmentViews.AlignResult;

/** Aligns two texts without storing anything (any logged-in user). */
@Path("/api/align")
public class AlignResource {

    private final AlignmentService alignments;

    public AlignResource(AlignmentService alignments) {
        this.alignments = alignments;
    }

    @POST
    @RolesAllowed("**")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Align an Indonesian text with its English translation: {\"source\", \"target\"} → pairs")
    public AlignResult align(@Valid @NotNull(message = "{selaras.body.missing}") AlignRequest request) {
        return new AlignResult(alignments.alignTexts(request.source(), request.target()));
    }
}
