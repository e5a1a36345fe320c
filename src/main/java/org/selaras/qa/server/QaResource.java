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

import java.util.List;

/** Runs the QA checks on demand: the same checks, with the same glossary, as on every save. */
@Path("/api/qa/check")
public class QaResource {

    /** A source sentence and its translation; a missing target counts as empty. */
    public record Pair(@NotNull(message = "give the source text") String source, String target) {
    }

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
    @Operation(summary = "QA issues of a source/target pair (any logged-in user)")
    public Result check(@Valid @NotNull(message = "{selaras.body.missing}") Pair pair) {
        return new Result(IssueView.of(qa.check(pair.source(), pair.target())));
    }
}
