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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.selaras.security.Role;

/** Starts the pre-translation of a document (see {@link JobResource} for the job). */
@Path("/api/documents/{id}/pretranslate")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "MT")
public class PretranslateResource {

    private final PretranslateJobs jobs;
    private final SecurityIdentity identity;

    public PretranslateResource(PretranslateJobs jobs, SecurityIdentity identity) {
        this.jobs = jobs;
        this.identity = identity;
    }

    @POST
    @RolesAllowed({Role.TRANSLATOR, Role.REVIEWER, Role.ADMIN})
    @Operation(summary = "Pre-translate a document",
            description = "Starts a background job that machine-translates the document's untranslated segments and "
                    + "saves them as drafts with origin mt:<engine>; a segment translated meanwhile is skipped. "
                    + "A formatted segment (or group) goes with its tags as placeholders, so the drafts carry them. "
                    + "Answers 202 with the job; follow it at Location (GET /api/jobs/{job}). When no engine translates "
                    + "the document's languages (or the one named does not) it is refused at once (409); engine "
                    + "failures later end up in the job. Roles: translator, reviewer, admin.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "Document id")
    @Parameter(name = "engine", in = ParameterIn.QUERY, description = "Engine id from GET /api/mt/engines "
            + "(apertium, libretranslate, deepl, openai); default the first that translates the document's languages")
    @Parameter(name = "memory", in = ParameterIn.QUERY, description = "true: a segment whose source the memory "
            + "holds as it is (a 100% or exact match) takes the memory's English first (origin tm; counted as "
            + "fromMemory), fitted to the segment's tags; the rest goes to the engine")
    @APIResponse(responseCode = "202", description = "The job, queued",
            headers = @Header(name = "Location", description = "/api/jobs/{job}", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PretranslateJobs.JobView.class)))
    @APIResponse(responseCode = "400", ref = "BadRequest", description = "Unknown engine")
    @APIResponse(responseCode = "401", ref = "Unauthorized")
    @APIResponse(responseCode = "403", ref = "Forbidden", description = "Not a translator, reviewer or admin")
    @APIResponse(responseCode = "404", ref = "NotFound", description = "No document with this id")
    @APIResponse(responseCode = "409", ref = "NoEngine", description = "No engine translates the document's "
            + "languages, or the document is already being pre-translated (the problem names that job)")
    public Response pretranslate(@RestPath long id, @QueryParam("engine") String engine,
                                 @QueryParam("memory") boolean memory, UriInfo uri) {
        PretranslateJobs.JobView job = jobs.start(id, engine, memory, identity);
        return Response.accepted(job).location(uri.getBaseUriBuilder().path("api/jobs/{id}").build(job.id())).build();
    }
}
