package org.selaras.mt.server;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.selaras.security.Role;

/** Background jobs: pre-translation of a document; progress, summary, cancel. */
@Path("/api/jobs/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

    private final PretranslateJobs jobs;

    public JobResource(PretranslateJobs jobs) {
        this.jobs = jobs;
    }

    @GET
    @RolesAllowed("**")
    @Operation(summary = "A job's state (queued, running, done, cancelled, failed), progress and summary")
    public PretranslateJobs.JobView get(@RestPath String id) {
        return jobs.get(id);
    }

    @DELETE
    @RolesAllowed({Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN})
    @Operation(summary = "Cancel a job; segments already saved stay")
    public PretranslateJobs.JobView cancel(@RestPath String id) {
        return jobs.cancel(id);
    }
}
