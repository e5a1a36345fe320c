package org.selaras.qa.server;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Runs the QA checks on demand: the same checks, with the same glossary, as on every save. */
@Path("/api/qa/check")
@Tag(name = "QA")
public class QaResource {

    /** A source sentence and its translation; a missing target counts as empty. */
    public record Pair(@NotNull(message = "give the source text") String source, String target) {
    }

    @Schema(name = "QaResult")
    public record Result(List<IssueView> issues) {
    }

    private final QaService qa;

    public QaResource(QaService qa) {
        this.qa = qa;
    }

    @POST
    @RolesAllowed("**")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a translation",
            description = "Runs the QA checks of every save (glossary, number, brackets, final-punctuation, "
                    + "same-as-source, empty-target, double-space) on {source, target}, with the current glossary: "
                    + "{issues: [{check, severity, message, term, expected, found, start, end, side}]}. "
                    + "Roles: any logged-in user.")
    @RequestBody(description = "The Indonesian source and its English target")
    @APIResponse(responseCode = "200", description = "The issues (empty when the pair passes)")
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "No body or no source")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    public Result check(@Valid @NotNull(message = "{selaras.body.missing}") Pair pair) {
        return new Result(IssueView.of(qa.check(pair.source(), pair.target())));
    }
}
