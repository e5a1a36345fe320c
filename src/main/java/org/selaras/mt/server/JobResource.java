package org.selaras.mt.server;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
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
import org.selaras.security.Role;

/** Background jobs: pre-translation of a document; progress, summary, cancel. */
@Path("/api/jobs/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "MT")
public class JobResource {

    private final PretranslateJobs jobs;

    public JobResource(PretranslateJobs jobs) {
        this.jobs = jobs;
    }

    @GET
    @RolesAllowed("**")
    @Operation(summary = "A pre-translation job",
            description = "The job's state (queued, running, done, cancelled, failed), progress (total, processed, "
                    + "saved, skipped, failed) and message. Jobs are rows in the database: every instance answers for "
                    + "every job, for an hour after it ends. Roles: any logged-in user.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Job id, from the Location of POST "
            + "/api/documents/{id}/pretranslate")
    @APIResponse(responseCode = "200", description = "The job")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No job with this id (or it ended over an "
            + "hour ago)")
    public PretranslateJobs.JobView get(@RestPath String id) {
        return jobs.get(id);
    }

    @DELETE
    @RolesAllowed({Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN})
    @Operation(summary = "Cancel a pre-translation job",
            description = "Stops the job, on whichever instance it runs (at its next batch); drafts already saved "
                    + "stay. Roles: translator, reviewer, admin.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Job id")
    @APIResponse(responseCode = "200", description = "The job as it is now; a running job stops shortly")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a translator, reviewer or admin")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No job with this id (or it ended over an "
            + "hour ago)")
    public PretranslateJobs.JobView cancel(@RestPath String id) {
        return jobs.cancel(id);
    }
}
