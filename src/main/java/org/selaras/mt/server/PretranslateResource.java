package org.selaras.mt.server;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestPath;
import org.selaras.security.Role;

/** Starts the pre-translation of a document (see {@link JobResource} for the job). */
@Path("/api/documents/{id}/pretranslate")
@Produces(MediaType.APPLICATION_JSON)
public class PretranslateResource {

    private final PretranslateJobs jobs;
    private final SecurityIdentity identity;

    public PretranslateResource(PretranslateJobs jobs, SecurityIdentity identity) {
        this.jobs = jobs;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN})
    @Operation(summary = "Pre-translate the untranslated segments as drafts (origin mt:<engine>) in the background "
            + "→ 202 with the job; ?engine= (default: the first configured)")
    public Response pretranslate(@RestPath long id, @QueryParam("engine") String engine, UriInfo uri) {
        PretranslateJobs.JobView job = jobs.start(id, engine, identity);
        return Response.accepted(job).location(uri.getBaseUriBuilder().path("api/jobs/{id}").build(job.id())).build();
    }
}
